import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LOCAL_TECHNOLOGY_ID } from '../technologies/local/index.js';
import type { StreamPart, TechnologyConfig, TextRequest } from '../technology.js';
import { type ProtocolServer, startProtocolServer } from '../testing/protocol-server.js';
import { AiRouter, type RouterOptions } from './router.js';

const OPTIONS: RouterOptions = {
  firstTokenTimeoutMs: 2000,
  totalTimeoutMs: 20_000,
  maxRetries: 2,
  breakerThreshold: 3,
  breakerCooldownMs: 300,
};

const remote = (
  id: string,
  server: ProtocolServer,
  extra: Partial<TechnologyConfig> = {},
): TechnologyConfig => ({
  id,
  kind: 'openai-compatible',
  name: id,
  baseUrl: server.url,
  apiKey: 'test-key',
  models: [{ id: 'gpt-test', inputPricePerMTok: 1, outputPricePerMTok: 2 }],
  defaultModel: 'gpt-test',
  connectTimeoutMs: 1000,
  ...extra,
});
const local: TechnologyConfig = {
  id: LOCAL_TECHNOLOGY_ID,
  kind: 'local',
  name: 'Local engine',
  baseUrl: null,
  apiKey: null,
  models: [],
  defaultModel: null,
  connectTimeoutMs: 0,
};
const say = (content: string): TextRequest => ({ messages: [{ role: 'user', content }] });

async function collect(it: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const out: StreamPart[] = [];
  for await (const p of it) out.push(p);
  return out;
}
const started = (parts: StreamPart[]) =>
  parts.find((p) => p.type === 'start') as Extract<StreamPart, { type: 'start' }> | undefined;

describe('AiRouter', () => {
  let a: ProtocolServer;
  let b: ProtocolServer;
  const routers: AiRouter[] = [];
  const router = (o: Partial<RouterOptions> = {}) => {
    const r = new AiRouter({ ...OPTIONS, ...o });
    routers.push(r);
    return r;
  };
  before(async () => {
    a = await startProtocolServer();
    b = await startProtocolServer();
  });
  after(async () => {
    await Promise.all(routers.map((r) => r.close()));
    await a.close();
    await b.close();
  });

  it('retries 5xx with backoff on the same technology and then answers, with cost from the model prices', async () => {
    const r = router();
    const parts = await collect(
      r.stream([remote('A', a)], say('<<fail-first:retry1:2:503>> hi'), new AbortController().signal),
    );
    const last = parts.at(-1);
    assert.equal(last?.type, 'finish', JSON.stringify(last));
    assert.equal(started(parts)?.technologyId, 'A');
    if (last?.type === 'finish') assert.ok((last.costUsd ?? 0) > 0);
    const h = r.health('A');
    assert.equal(h.requests, 3);
    assert.equal(h.lastError?.code, 'ai_provider_error');
    assert.equal(h.breaker, 'closed');
  });

  it('falls back to the next technology when the first refuses the key, with one start part', async () => {
    const parts = await collect(
      router().stream(
        [remote('A', a, { apiKey: 'wrong' }), remote('B', b)],
        say('hello'),
        new AbortController().signal,
      ),
    );
    assert.equal(parts.filter((p) => p.type === 'start').length, 1);
    assert.equal(started(parts)?.technologyId, 'B');
    assert.equal(parts.at(-1)?.type, 'finish');
  });

  it('a Retry-After longer than it is worth waiting moves on at once', async () => {
    const t0 = Date.now();
    const parts = await collect(
      router().stream(
        [remote('A', a), remote('B', b)],
        say('<<status:429:60>>'),
        new AbortController().signal,
      ),
    );
    assert.ok(Date.now() - t0 < 3000);
    // B gets the same directive and is rate limited too: the error names both attempts.
    const last = parts.at(-1);
    assert.equal(last?.type === 'error' && last.error.code, 'ai_rate_limited');
    assert.equal(last?.type === 'error' && last.error.attempts?.length, 2);
  });

  it('a stream cut after text reached the caller ends with an error part, not a silent success or a fallback', async () => {
    const parts = await collect(
      router().stream(
        [remote('A', a), remote('B', b)],
        say('some long answer text here <<cut:2>>'),
        new AbortController().signal,
      ),
    );
    const last = parts.at(-1);
    assert.equal(last?.type === 'error' && last.error.code, 'ai_stream_interrupted');
    assert.equal(started(parts)?.technologyId, 'A');
  });

  it('generate() falls back even after a mid-answer cut, since the caller saw nothing yet', async () => {
    const r = await router().generate(
      [remote('A', a), local],
      { task: { task: 'summarize', input: 'Anna will send the proposal on Friday to Northwind. <<cut:1>>' } },
      new AbortController().signal,
    );
    assert.equal(r.ok, true);
    if (r.ok) assert.equal(started(r.parts)?.technologyId, LOCAL_TECHNOLOGY_ID);
  });

  it('skips technologies that cannot do the request and says why when none can', async () => {
    const parts = await collect(router().stream([local], say('write a poem'), new AbortController().signal));
    const last = parts.at(-1);
    assert.equal(last?.type === 'error' && last.error.code, 'capability_unsupported');
  });

  it('cancellation ends the stream with ai_cancelled and does not fall back', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    const parts = await collect(
      router().stream([remote('A', a), remote('B', b)], say('<<hang>>'), ac.signal),
    );
    assert.equal(
      parts.at(-1)?.type === 'error' && (parts.at(-1) as { error: { code: string } }).error.code,
      'ai_cancelled',
    );
  });

  it('killing the primary mid-load moves requests to the fallback; only in-flight ones fail; the breaker closes when it returns', async () => {
    const primary = await startProtocolServer();
    const port = primary.port;
    let server: ProtocolServer = primary;
    const r = router({ maxRetries: 1 });
    const chain = [remote('P', primary), remote('F', b)];
    const results: { ok: boolean; tech?: string; startedAt: number; endedAt: number }[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const startedAt = Date.now();
        const parts = await collect(
          r.stream(chain, say('a steady stream of words for the load test'), new AbortController().signal),
        );
        results.push({
          ok: parts.at(-1)?.type === 'finish',
          tech: started(parts)?.technologyId,
          startedAt,
          endedAt: Date.now(),
        });
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((res) => setTimeout(res, 400));
    const killedAt = Date.now();
    await server.kill();
    await new Promise((res) => setTimeout(res, 600));
    assert.equal(r.health('P').breaker, 'open');
    server = await startProtocolServer({ port });
    await new Promise((res) => setTimeout(res, 800));
    stop = true;
    await Promise.all(workers);
    await server.close();

    const failed = results.filter((x) => !x.ok);
    const inFlightAtKill = results.filter((x) => x.startedAt <= killedAt && x.endedAt >= killedAt);
    assert.ok(
      failed.every((f) => f.startedAt <= killedAt),
      `a request started after the kill failed: ${JSON.stringify(failed)}`,
    );
    assert.ok(failed.length <= inFlightAtKill.length);
    assert.ok(
      results.some((x) => x.ok && x.tech === 'F' && x.startedAt > killedAt),
      'fallback served',
    );
    const afterReturn = results.filter((x) => x.ok && x.tech === 'P' && x.startedAt > killedAt);
    assert.ok(afterReturn.length > 0, 'primary serves again after it returns');
    assert.equal(r.health('P').breaker, 'closed');
  });
});
