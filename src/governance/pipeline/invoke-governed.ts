import type { AiFailure } from '../../ai/ai.errors.js';
import type { StreamPart } from '../../ai/technology.js';
import { newId } from '../../shared/ids.js';
import { buildContent } from '../content/build-content.js';
import type { SigningKey } from '../content/signing-keys.js';
import type { Governance } from '../governance-runtime.js';
import { StreamUnmasker } from '../minimise/index.js';
import type { Prepared } from './prepare-request.js';
import { recordOutcome } from './record-outcome.js';

/** The last part of a governed answer: the model's finish plus where the content is and how it is labelled. */
export type GovernedFinish = Extract<StreamPart, { type: 'finish' }> & {
  requestId: string;
  contentId: string;
  label: string;
  advisory: boolean;
  text: string;
};
export type GovernedPart = Exclude<StreamPart, { type: 'finish' }> | GovernedFinish;

/** Restores placeholders in every string of a structured output. */
function unmaskDeep(value: unknown, unmask: (s: string) => string): unknown {
  if (typeof value === 'string') return unmask(value);
  if (Array.isArray(value)) return value.map((v) => unmaskDeep(v, unmask));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unmaskDeep(v, unmask)]));
  return value;
}

async function* fromGenerate(
  p: Promise<{ parts: StreamPart[] } | { error: StreamPart }>,
): AsyncGenerator<StreamPart> {
  const r = await p;
  if ('error' in r) yield r.error;
  else yield* r.parts;
}

/**
 * Stages 6–8: the router answers (the only call into ai/), placeholders are restored as text
 * streams out, and the answer becomes signed content recorded in the ledger before the final part.
 * `buffered`: nothing reaches the caller before the end, so the router may fall back mid-answer.
 */
export async function* invokeGoverned(
  g: Governance,
  p: Prepared,
  signal: AbortSignal,
  buffered: boolean,
): AsyncGenerator<GovernedPart> {
  const t0 = performance.now();
  // Loaded (on an account's first answer: created) while the model answers.
  const signingKey = g.keys.get(p.req.accountId);
  const configs = p.chain.map((t) => t.config);
  const source = buffered
    ? fromGenerate(
        g.ai.router
          .generate(configs, p.text, signal)
          .then((r) => (r.ok ? { parts: r.parts } : { error: { type: 'error' as const, error: r.error } })),
      )
    : g.ai.router.stream(configs, p.text, signal);
  const unmasker = new StreamUnmasker(p.vault);
  const unmask = (s: string) => p.vault.unmask(s);
  let raw = '';
  let answeredBy: { technologyId: string; kind: string; model: string } | undefined;
  for await (const part of source) {
    if (part.type === 'start') {
      answeredBy = { technologyId: part.technologyId, kind: part.kind, model: part.model };
      yield part;
    } else if (part.type === 'text-delta') {
      raw += part.text;
      const text = unmasker.push(part.text);
      if (text) yield { type: 'text-delta', text };
    } else if (part.type === 'tool-call') {
      yield { ...part, input: unmaskDeep(part.input, unmask) };
    } else if (part.type === 'error') {
      const rest = unmasker.flush();
      if (rest) yield { type: 'text-delta', text: rest };
      await recordFailed(g, p, part.error, t0);
      yield part;
      return;
    } else {
      const rest = unmasker.flush();
      if (rest) yield { type: 'text-delta', text: rest };
      const text = unmask(raw);
      const output = part.output === undefined ? undefined : unmaskDeep(part.output, unmask);
      const by = answeredBy ?? {
        technologyId: p.chain[0]?.config.id ?? 'unknown',
        kind: 'unknown',
        model: 'unknown',
      };
      const saved = await recordAnswered(g, p, signingKey, t0, {
        by,
        text,
        output,
        usage: part.usage,
        costUsd: part.costUsd ?? null,
      });
      yield {
        ...part,
        ...(output !== undefined ? { output } : {}),
        requestId: p.req.id,
        contentId: saved.contentId,
        label: saved.label,
        advisory: p.advisory,
        text,
      };
      return;
    }
  }
}

/** Stage 6 failed: the reservation goes back and the failure is in the ledger. */
export async function recordFailed(g: Governance, p: Prepared, error: AiFailure, t0: number): Promise<void> {
  settle(g, p, { failed: true });
  await recordOutcome(g, {
    req: p.req,
    snapshot: p.snapshot,
    decisions: [
      ...p.decisions,
      {
        stage: 'invoke',
        decision: 'deny',
        code: error.code,
        reason: error.message,
        ms: performance.now() - t0,
      },
    ],
    status: 'failed',
    code: error.code,
    chain: p.chain,
    masked: p.masked,
    advisory: p.advisory,
    latencyMs: performance.now() - p.startedAt,
  }).catch((e) => g.log(e, 'recording a failed AI request'));
}

/**
 * Stages 7–8 for an answer: usage is committed, the answer becomes signed content, and the content
 * and the request's ledger entry are written before this returns.
 */
export async function recordAnswered(
  g: Governance,
  p: Prepared,
  signingKey: Promise<SigningKey>,
  t0: number,
  answer: {
    by: { technologyId: string; kind: string; model: string };
    text: string;
    output: unknown;
    usage: { inputTokens: number; outputTokens: number };
    costUsd: number | null;
  },
): Promise<{ contentId: string; label: string }> {
  const invokeMs = performance.now() - t0;
  const t1 = performance.now();
  const remote = p.snapshot.technologies.get(answer.by.technologyId)?.remote ?? false;
  const counted = settle(g, p, {
    failed: false,
    tokens: remote ? answer.usage.inputTokens + answer.usage.outputTokens : 0,
  });
  if (counted) await counted;
  const contentId = newId();
  const content = buildContent({
    id: contentId,
    requestId: p.req.id,
    accountId: p.req.accountId,
    surface: p.req.surface,
    initiator: p.req.initiator,
    ...answer.by,
    text: answer.text,
    output: answer.output,
    advisory: p.advisory,
    key: await signingKey,
  });
  p.decisions.push(
    { stage: 'invoke', decision: 'allow', ms: invokeMs },
    { stage: 'output', decision: 'allow', ms: performance.now() - t1 },
  );
  const t2 = performance.now();
  await recordOutcome(g, {
    req: p.req,
    snapshot: p.snapshot,
    decisions: p.decisions,
    status: 'answered',
    chain: p.chain,
    masked: p.masked,
    advisory: p.advisory,
    answeredBy: answer.by,
    usage: {
      inputTokens: answer.usage.inputTokens,
      outputTokens: answer.usage.outputTokens,
      costUsd: answer.costUsd,
    },
    content,
    latencyMs: performance.now() - p.startedAt,
  });
  p.decisions.push({ stage: 'audit', decision: 'allow', ms: performance.now() - t2 });
  return { contentId, label: content.label };
}

/**
 * Commits actual usage: a failed request counts nothing; unused tokens go back, extra tokens are added.
 * Returns a promise only when extra tokens must be written to the database (the lease ran short).
 */
function settle(
  g: Governance,
  p: Prepared,
  outcome: { failed: true } | { failed: false; tokens: number },
): Promise<unknown> | undefined {
  const added: Promise<void>[] = [];
  for (const r of p.reservations) {
    if (r.counter.metric === 'requests') {
      if (outcome.failed) g.leases.release(r.counter, r.amount);
      continue;
    }
    const used = outcome.failed ? 0 : outcome.tokens;
    if (used <= r.amount) g.leases.release(r.counter, r.amount - used);
    else added.push(g.leases.add(r.counter, used - r.amount));
  }
  return added.length ? Promise.all(added) : undefined;
}
