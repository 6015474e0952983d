import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AiError, type AiErrorCode } from '../ai.errors.js';
import { TASK_OUTPUT_SCHEMAS } from '../tasks/task-outputs.js';
import type {
  StreamPart,
  Technology,
  TechnologyConfig,
  TechnologyFactory,
  TextRequest,
} from '../technology.js';
import { closedPort } from './closed-port.js';
import { type ProtocolServer, startProtocolServer } from './protocol-server.js';

export async function collect(
  tech: Technology,
  request: TextRequest,
  opts: { firstTokenTimeoutMs?: number; signal?: AbortSignal } = {},
): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const p of tech.stream(request, {
    signal: opts.signal ?? new AbortController().signal,
    firstTokenTimeoutMs: opts.firstTokenTimeoutMs ?? 10_000,
  }))
    parts.push(p);
  return parts;
}

export const textOf = (parts: StreamPart[]) =>
  parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');

/** The stream's shape holds whatever happened: at most one start, first; exactly one terminal part, last. */
export function assertWellFormed(parts: StreamPart[]): StreamPart {
  const last = parts.at(-1);
  assert.ok(
    last && (last.type === 'finish' || last.type === 'error'),
    `stream must end with finish or error: ${JSON.stringify(parts)}`,
  );
  assert.equal(parts.filter((p) => p.type === 'finish' || p.type === 'error').length, 1);
  const starts = parts.filter((p) => p.type === 'start');
  assert.ok(starts.length <= 1);
  if (starts.length) assert.equal(parts[0]?.type, 'start');
  return last;
}

export function assertError(parts: StreamPart[], code: AiErrorCode): void {
  const last = assertWellFormed(parts);
  assert.equal(last.type, 'error', `expected error ${code}, got ${JSON.stringify(last)}`);
  if (last.type === 'error') assert.equal(last.error.code, code, last.error.message);
}

const TRANSCRIPT = `Anna Berg: Thanks for joining, Tom. Northwind wants the analytics package for 40 seats.
Tom Price: The budget is $48,000 for the first year and we need a decision by next Friday.
Anna Berg: I'll send the revised proposal by Friday and schedule a demo with your IT team.
Tom Price: Can you also include the security questionnaire? Our legal team will review the contract.`;

/** The setup of a technology served by the protocol test server, with `model` and one unknown model enabled. */
export function servedBy(kind: TechnologyConfig['kind'], model: string): ContractSetup {
  return {
    config: (server, overrides) => ({
      id: 'tech-test',
      kind,
      name: `Test ${kind}`,
      baseUrl: server?.url ?? 'http://127.0.0.1:9/v1',
      apiKey: 'test-key',
      models: [{ id: model }, { id: 'no-such-model' }],
      defaultModel: model,
      connectTimeoutMs: 2000,
      ...overrides,
    }),
  };
}

export type ContractSetup = {
  /** The technology config to use against the test server (absent for technologies with no server). */
  config(server: ProtocolServer | null, overrides?: Partial<TechnologyConfig>): TechnologyConfig;
};

/**
 * The contract every technology kind meets, run offline. Tests are chosen by the technology's
 * declared capabilities: what it says it cannot do must fail with `capability_unsupported`;
 * what it says it can do is exercised, including every fault a remote endpoint can produce.
 */
export function runTechnologyContract(factory: TechnologyFactory, setup: ContractSetup): void {
  const caps = factory.capabilities;

  describe(`technology contract: ${factory.kind}`, () => {
    let server: ProtocolServer | null = null;
    const techs: Technology[] = [];
    const make = (overrides?: Partial<TechnologyConfig>) => {
      const t = factory.create(setup.config(server, overrides));
      techs.push(t);
      return t;
    };
    before(async () => {
      if (caps.remote) server = await startProtocolServer();
    });
    after(async () => {
      await Promise.all(techs.map((t) => t.close()));
      await server?.close();
    });

    it('lists its models', async () => {
      const models = await make().listModels(AbortSignal.timeout(5000));
      assert.ok(models.length > 0);
    });

    it('summarises a transcript as a well-formed stream with the task output shape', async () => {
      const input = caps.generative
        ? `${TRANSCRIPT}\n<<reply:Northwind budgets $48,000.\nAnna sends the proposal by Friday.>>`
        : TRANSCRIPT;
      const parts = await collect(make(), {
        task: { task: 'summarize', input, options: { format: 'sentences' } },
      });
      const last = assertWellFormed(parts);
      assert.equal(last.type, 'finish', JSON.stringify(last));
      assert.equal(parts[0]?.type, 'start');
      if (last.type !== 'finish') return;
      const out = TASK_OUTPUT_SCHEMAS.summarize.parse(last.output);
      assert.match(out.text, /48,000|proposal/);
      assert.equal(textOf(parts).trim(), out.text.trim());
      assert.ok(last.usage.inputTokens > 0);
    });

    it('extracts action items in the task output shape', async () => {
      const reply = JSON.stringify({
        items: [
          {
            owner: 'Anna Berg',
            action: 'send the revised proposal',
            due: '2026-11-27',
            dueText: 'by Friday',
            sentence: 'x',
          },
        ],
      });
      const input = caps.generative ? `${TRANSCRIPT}<<reply:${reply}>>` : TRANSCRIPT;
      const parts = await collect(make(), {
        task: { task: 'action_items', input, options: { referenceDate: '2026-11-25T10:00:00Z' } },
      });
      const last = assertWellFormed(parts);
      assert.equal(last.type, 'finish', JSON.stringify(last));
      if (last.type !== 'finish') return;
      const out = TASK_OUTPUT_SCHEMAS.action_items.parse(last.output);
      const proposal = out.items.find((i) => /proposal/i.test(i.action));
      assert.ok(proposal, JSON.stringify(out));
      assert.equal(proposal.owner, 'Anna Berg');
      assert.equal(proposal.due, '2026-11-27');
    });

    if (!caps.text.chat) {
      it('refuses free-form chat with capability_unsupported', async () => {
        assertError(
          await collect(make(), { messages: [{ role: 'user', content: 'Write a poem' }] }),
          'capability_unsupported',
        );
      });
      return;
    }

    it('streams a chat answer in several deltas with usage', async () => {
      const parts = await collect(make(), { messages: [{ role: 'user', content: 'Hello there, model' }] });
      const last = assertWellFormed(parts);
      assert.equal(last.type, 'finish', JSON.stringify(last));
      assert.equal(textOf(parts), 'Echo: Hello there, model');
      assert.ok(parts.filter((p) => p.type === 'text-delta').length > 1);
      if (last.type === 'finish') {
        assert.equal(last.reason, 'stop');
        assert.ok(last.usage.outputTokens > 0);
      }
    });

    if (caps.text.tools)
      it('returns a tool call with parsed input', async () => {
        const parts = await collect(make(), {
          messages: [{ role: 'user', content: 'Weather? <<tool:get_weather:{"city":"Oslo"}>>' }],
          tools: [
            {
              name: 'get_weather',
              description: 'Weather for a city',
              inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
            },
          ],
        });
        const last = assertWellFormed(parts);
        const call = parts.find((p) => p.type === 'tool-call');
        assert.deepEqual(call && call.type === 'tool-call' && [call.toolName, call.input], [
          'get_weather',
          { city: 'Oslo' },
        ]);
        assert.equal(last.type === 'finish' && last.reason, 'tool-calls');
      });

    if (caps.text.jsonSchema)
      it('answers with JSON matching a schema', async () => {
        const parts = await collect(make(), {
          messages: [{ role: 'user', content: 'Answer <<reply:{"answer":"42"}>>' }],
          jsonSchema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
        });
        const last = assertWellFormed(parts);
        assert.deepEqual(last.type === 'finish' && last.output, { answer: '42' });
      });

    if (!caps.remote) return;
    const say = (content: string): TextRequest => ({ messages: [{ role: 'user', content }] });

    it('a wrong API key is ai_auth_failed and the key appears nowhere', async () => {
      const parts = await collect(make({ apiKey: 'sk-wrong-secret-key-123456' }), say('hi'));
      assertError(parts, 'ai_auth_failed');
      assert.doesNotMatch(JSON.stringify(parts), /wrong-secret-key/);
      await assert.rejects(
        make({ apiKey: 'sk-wrong-secret-key-123456' }).listModels(AbortSignal.timeout(5000)),
        (e) => {
          assert.ok(e instanceof AiError);
          assert.equal(e.failure.code, 'ai_auth_failed');
          assert.doesNotMatch(e.message, /wrong-secret-key/);
          return true;
        },
      );
    });

    it('a model that does not exist is ai_model_not_found', async () => {
      assertError(await collect(make(), { ...say('hi'), model: 'no-such-model' }), 'ai_model_not_found');
    });

    it('an unreachable host is ai_unreachable, quickly', async () => {
      const baseUrl = `http://127.0.0.1:${await closedPort()}/v1`;
      const t0 = Date.now();
      const parts = await collect(make({ baseUrl }), say('hi'));
      assertError(parts, 'ai_unreachable');
      assert.ok(Date.now() - t0 < 5000);
      await assert.rejects(make({ baseUrl }).listModels(AbortSignal.timeout(5000)), (e) => {
        assert.equal(e instanceof AiError && e.failure.code, 'ai_unreachable');
        return true;
      });
    });

    it('a base URL that is not the API is ai_bad_response', async () => {
      await assert.rejects(
        make({ baseUrl: `${server?.url}/nope` }).listModels(AbortSignal.timeout(5000)),
        (e) => {
          assert.equal(e instanceof AiError && e.failure.code, 'ai_bad_response');
          return true;
        },
      );
    });

    it('a non-JSON answer and a wrongly shaped answer are ai_bad_response', async () => {
      assertError(await collect(make(), say('<<nonjson>>')), 'ai_bad_response');
      assertError(await collect(make(), say('<<wrongshape>>')), 'ai_bad_response');
      const wrongTask = await collect(make(), {
        task: { task: 'action_items', input: 'x <<reply:{"foo":1}>>' },
      });
      assertError(wrongTask, 'ai_bad_response');
    });

    it('429 is ai_rate_limited with the Retry-After delay; 5xx is a retryable ai_provider_error', async () => {
      const limited = await collect(make(), say('<<status:429:2>>'));
      assertError(limited, 'ai_rate_limited');
      const last = limited.at(-1);
      assert.equal(last?.type === 'error' && last.error.retryAfterMs, 2000);
      const failed = await collect(make(), say('<<status:503>>'));
      assertError(failed, 'ai_provider_error');
      assert.equal(
        failed.at(-1)?.type === 'error' &&
          (failed.at(-1) as { error: { retryable: boolean } }).error.retryable,
        true,
      );
    });

    it('a slow first token is ai_timeout', async () => {
      assertError(await collect(make(), say('<<slow:3000>>'), { firstTokenTimeoutMs: 200 }), 'ai_timeout');
    });

    it('a stream cut mid-answer ends with ai_stream_interrupted after the text it got', async () => {
      const cut = await collect(make(), say('a long answer that will be cut <<cut:2>>'));
      assertError(cut, 'ai_stream_interrupted');
      assert.ok(textOf(cut).length > 0);
      assertError(
        await collect(make(), say('a long answer cleanly truncated <<truncate:2>>')),
        'ai_stream_interrupted',
      );
    });

    it('cancelling stops the stream and the provider sees the client go away', async () => {
      const before = server?.clientAborts ?? 0;
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 200);
      assertError(await collect(make(), say('<<hang>>'), { signal: ac.signal }), 'ai_cancelled');
      for (let i = 0; i < 50 && (server?.clientAborts ?? 0) <= before; i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.ok((server?.clientAborts ?? 0) > before);
    });

    // The local engine's offline recogniser needs real speech: local/speech tests it on some.
    if (caps.audio && caps.remote)
      it('transcribes audio', async () => {
        const t = make();
        const r = await t.transcribe?.(
          { audio: new Uint8Array([1, 2, 3, 4]), mediaType: 'audio/wav' },
          AbortSignal.timeout(5000),
        );
        assert.match(r?.text ?? '', /^transcribed \d+ bytes$/);
        assert.equal(r?.segments.length, 1);
      });

    if (caps.embed)
      it('embeds texts', async () => {
        const v = await make().embed?.(['one two', 'three'], AbortSignal.timeout(5000));
        assert.deepEqual(v, [
          [7, 2, 1],
          [5, 1, 1],
        ]);
      });

    if (caps.image)
      it('generates an image', async () => {
        const img = await make().image?.('a chart', AbortSignal.timeout(5000));
        assert.ok((img?.base64.length ?? 0) > 20);
      });
  });
}
