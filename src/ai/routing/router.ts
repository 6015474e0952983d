import { AiError, type AiFailure, aiFailure } from '../ai.errors.js';
import { TECHNOLOGY_FACTORIES } from '../technologies/registry.js';
import type {
  Capabilities,
  StreamPart,
  Technology,
  TechnologyConfig,
  TextRequest,
  TranscribeRequest,
  Transcript,
  Usage,
} from '../technology.js';
import { backoffMs, sleep } from './backoff.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { HealthStats, type TechnologyHealth } from './health.js';

export type RouterOptions = {
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
  maxRetries: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
  /** A Retry-After longer than this sends the request to the next technology instead of waiting. */
  maxRetryAfterMs?: number;
};

/** Why a technology was passed over or failed, in the order tried. */
type Attempt = NonNullable<AiFailure['attempts']>[number];

export function unsupportedReason(c: Capabilities, r: TextRequest): string | null {
  if (r.task) return c.text.tasks.includes(r.task.task) ? null : `cannot do the ${r.task.task} task`;
  if (!c.text.chat) return 'cannot chat or write free text';
  if (r.tools?.length && !c.text.tools) return 'cannot call tools';
  if (r.jsonSchema && !c.text.jsonSchema) return 'cannot answer in a JSON schema';
  return null;
}

/** The failure of a whole chain: the first technology's, with every attempt after it. */
function chainFailure(first: AiFailure | null, attempts: Attempt[], none: string): AiFailure {
  if (!first) return aiFailure('ai_unavailable', none, { attempts });
  const more = attempts.length > 1 ? ` (and ${attempts.length - 1} more attempts failed)` : '';
  return { ...first, attempts, message: `${first.message}${more}` };
}

const isContent = (p: StreamPart) => p.type === 'text-delta' || p.type === 'tool-call';
const estimate = (chars: number) => Math.ceil(chars / 4);

/**
 * Runs a request on a chain of technologies: the chosen one, then the surface's fallbacks. Per
 * technology: circuit breaker, retries with jittered backoff (honouring Retry-After), first-token
 * and total timeouts. Streaming requests fall back only before the first token reaches the
 * caller; after that a failure ends the stream with an explicit error part.
 *
 * Breakers and health are per process: each process learns on its own that an endpoint is down.
 */
export class AiRouter {
  private readonly techs = new Map<string, { fingerprint: string; tech: Technology }>();
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly stats = new Map<string, HealthStats>();

  constructor(private readonly options: RouterOptions) {}

  /** The live technology for a config, rebuilt (and the old one closed) when the config changed. */
  technology(config: TechnologyConfig): Technology {
    const fingerprint = JSON.stringify(config);
    const cached = this.techs.get(config.id);
    if (cached?.fingerprint === fingerprint) return cached.tech;
    if (cached) void cached.tech.close();
    const tech = TECHNOLOGY_FACTORIES[config.kind].create(config);
    this.techs.set(config.id, { fingerprint, tech });
    return tech;
  }

  private breaker(id: string): CircuitBreaker {
    let b = this.breakers.get(id);
    if (!b) {
      b = new CircuitBreaker(this.options.breakerThreshold, this.options.breakerCooldownMs);
      this.breakers.set(id, b);
    }
    return b;
  }

  private stat(id: string): HealthStats {
    let s = this.stats.get(id);
    if (!s) {
      s = new HealthStats();
      this.stats.set(id, s);
    }
    return s;
  }

  health(id: string): TechnologyHealth {
    const b = this.breaker(id);
    return this.stat(id).snapshot(id, b.state, b.retryAt);
  }

  /** Streams the answer; the stream never rejects and ends with exactly one finish or error part. */
  stream(chain: TechnologyConfig[], request: TextRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    return this.run(chain, request, signal, false);
  }

  /** The whole answer at once. Since nothing reached the caller yet, it may fall back even mid-answer. */
  async generate(
    chain: TechnologyConfig[],
    request: TextRequest,
    signal: AbortSignal,
  ): Promise<
    | { ok: true; text: string; parts: StreamPart[]; finish: Extract<StreamPart, { type: 'finish' }> }
    | { ok: false; error: AiFailure }
  > {
    const parts: StreamPart[] = [];
    for await (const p of this.run(chain, request, signal, true)) parts.push(p);
    const last = parts.at(-1);
    if (last?.type === 'finish') {
      const text = parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');
      return { ok: true, text, parts, finish: last };
    }
    return {
      ok: false,
      error: last?.type === 'error' ? last.error : aiFailure('ai_unavailable', 'no answer'),
    };
  }

  private async *run(
    chain: TechnologyConfig[],
    request: TextRequest,
    callerSignal: AbortSignal,
    buffered: boolean,
  ): AsyncGenerator<StreamPart> {
    const total = AbortSignal.timeout(this.options.totalTimeoutMs);
    const signal = AbortSignal.any([callerSignal, total]);
    const attempts: Attempt[] = [];
    let first: AiFailure | null = null;
    const promptChars = JSON.stringify(request.task ?? request.messages).length;

    for (const config of chain) {
      const tech = this.technology(config);
      const unsupported = unsupportedReason(tech.capabilities, request);
      if (unsupported) {
        attempts.push({
          technologyId: config.id,
          code: 'capability_unsupported',
          message: `${config.name} ${unsupported}`,
        });
        first ??= aiFailure('capability_unsupported', `${config.name} ${unsupported}`);
        continue;
      }
      const breaker = this.breaker(config.id);
      for (let attempt = 0; attempt <= this.options.maxRetries; attempt++) {
        if (!breaker.tryAcquire()) {
          const message = `${config.name} is failing; its circuit breaker is open`;
          attempts.push({ technologyId: config.id, code: 'ai_unavailable', message });
          first ??= aiFailure('ai_unavailable', message, { technologyId: config.id });
          break;
        }
        const t0 = performance.now();
        let firstTokenMs: number | null = null;
        let live = false;
        let outChars = 0;
        let model = config.defaultModel;
        const held: StreamPart[] = [];
        let failure: AiFailure | null = null;
        for await (const part of tech.stream(request, {
          signal,
          firstTokenTimeoutMs: this.options.firstTokenTimeoutMs,
        })) {
          if (part.type === 'error') {
            failure = part.error;
            break;
          }
          if (part.type === 'finish') {
            breaker.success();
            this.stat(config.id).record(true, performance.now() - t0, firstTokenMs);
            yield* held;
            yield this.priced(config, model, part, promptChars, outChars);
            return;
          }
          if (part.type === 'start') model = part.model;
          if (isContent(part)) {
            firstTokenMs ??= performance.now() - t0;
            if (part.type === 'text-delta') outChars += part.text.length;
          }
          if (live) yield part;
          else {
            held.push(part);
            if (!buffered && isContent(part)) {
              live = true;
              yield* held;
              held.length = 0;
            }
          }
        }
        failure ??= aiFailure(
          'ai_stream_interrupted',
          `${config.name} ended the answer without finishing it`,
        );
        if (callerSignal.aborted) {
          breaker.release();
          yield { type: 'error', error: aiFailure('ai_cancelled', 'the request was cancelled') };
          return;
        }
        if (total.aborted)
          failure = aiFailure('ai_timeout', `no answer within ${this.options.totalTimeoutMs} ms`, {
            retryable: false,
          });
        if (failure.code === 'ai_cancelled') breaker.release();
        else breaker.failure();
        this.stat(config.id).record(false, performance.now() - t0, firstTokenMs, failure);
        attempts.push({ technologyId: config.id, code: failure.code, message: failure.message });
        first ??= { ...failure, technologyId: config.id };
        if (live) {
          yield { type: 'error', error: { ...failure, technologyId: config.id, attempts } };
          return;
        }
        if (total.aborted) break;
        if (!failure.retryable || attempt === this.options.maxRetries) break;
        const wait = backoffMs(attempt, failure.retryAfterMs);
        if (wait > (this.options.maxRetryAfterMs ?? 10_000)) break;
        await sleep(wait, signal);
      }
      if (total.aborted) break;
    }
    yield {
      type: 'error',
      error: chainFailure(first, attempts, 'No AI technology is available for this request'),
    };
  }

  /**
   * Speech to text on the chain: technologies without the audio capability are passed over; each
   * other one gets its breaker, retries and the total timeout, as text requests do.
   */
  async transcribe(
    chain: TechnologyConfig[],
    request: TranscribeRequest,
    callerSignal: AbortSignal,
  ): Promise<
    | { ok: true; transcript: Transcript; technologyId: string; kind: string; model: string }
    | { ok: false; error: AiFailure }
  > {
    const total = AbortSignal.timeout(this.options.totalTimeoutMs);
    const signal = AbortSignal.any([callerSignal, total]);
    const attempts: Attempt[] = [];
    let first: AiFailure | null = null;
    const fail = (config: TechnologyConfig, failure: AiFailure) => {
      attempts.push({ technologyId: config.id, code: failure.code, message: failure.message });
      first ??= { ...failure, technologyId: config.id };
    };
    for (const config of chain) {
      const tech = this.technology(config);
      if (!tech.capabilities.audio || !tech.transcribe) {
        fail(config, aiFailure('capability_unsupported', `${config.name} cannot transcribe speech`));
        continue;
      }
      const breaker = this.breaker(config.id);
      for (let attempt = 0; attempt <= this.options.maxRetries; attempt++) {
        if (!breaker.tryAcquire()) {
          fail(config, aiFailure('ai_unavailable', `${config.name} is failing; its circuit breaker is open`));
          break;
        }
        const t0 = performance.now();
        let failure: AiFailure;
        try {
          const model = request.model ?? config.defaultModel ?? undefined;
          const transcript = await tech.transcribe({ ...request, model }, signal);
          breaker.success();
          this.stat(config.id).record(true, performance.now() - t0, null);
          const used = transcript.model ?? model ?? `${config.kind} speech`;
          return { ok: true, transcript, technologyId: config.id, kind: config.kind, model: used };
        } catch (e) {
          failure =
            e instanceof AiError
              ? e.failure
              : aiFailure('ai_provider_error', (e as Error).message ?? 'failed');
        }
        if (callerSignal.aborted) {
          breaker.release();
          return { ok: false, error: aiFailure('ai_cancelled', 'the request was cancelled') };
        }
        if (total.aborted)
          failure = aiFailure('ai_timeout', `no transcript within ${this.options.totalTimeoutMs} ms`, {
            retryable: false,
          });
        // A technology that cannot do it is not failing.
        if (failure.code === 'capability_unsupported') breaker.release();
        else breaker.failure();
        this.stat(config.id).record(false, performance.now() - t0, null, failure);
        fail(config, failure);
        if (total.aborted || !failure.retryable || attempt === this.options.maxRetries) break;
        const wait = backoffMs(attempt, failure.retryAfterMs);
        if (wait > (this.options.maxRetryAfterMs ?? 10_000)) break;
        await sleep(wait, signal);
      }
      if (total.aborted) break;
    }
    return { ok: false, error: chainFailure(first, attempts, 'No AI technology can transcribe speech here') };
  }

  private priced(
    config: TechnologyConfig,
    modelId: string | null,
    part: Extract<StreamPart, { type: 'finish' }>,
    promptChars: number,
    outChars: number,
  ): StreamPart {
    const usage: Usage =
      part.usage.inputTokens > 0 || part.usage.outputTokens > 0
        ? part.usage
        : { inputTokens: estimate(promptChars), outputTokens: estimate(outChars), estimated: true };
    const model = config.models.find((m) => m.id === modelId);
    const costUsd =
      part.costUsd ??
      (model?.inputPricePerMTok !== undefined && model.outputPricePerMTok !== undefined
        ? (usage.inputTokens * model.inputPricePerMTok + usage.outputTokens * model.outputPricePerMTok) / 1e6
        : null);
    return { ...part, usage, costUsd };
  }

  async close(): Promise<void> {
    await Promise.all([...this.techs.values()].map((t) => t.tech.close()));
    this.techs.clear();
  }
}
