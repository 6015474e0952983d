import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Agent, fetch as undiciFetch } from 'undici';
import { closedPort } from '../../ai/testing/closed-port.js';
import { type ProtocolServer, startProtocolServer } from '../../ai/testing/protocol-server.js';
import { seedAccount, signIn, startTestApp, type TestContext } from '../../testing/harness.js';

const KEY = 'sk-cohelm-test-SECRET-4242424242';
const TRANSCRIPT = `Anna Berg: Thanks for joining, Tom. Northwind wants the analytics package for 40 seats.
Tom Price: The budget is $48,000 for the first year and we need a decision by next Friday.
Anna Berg: I'll send the revised proposal by Friday and schedule a demo with your IT team.
Tom Price: Our legal team at Northwind will review the contract next week.`;

describe('AI technologies, settings and requests API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let server: ProtocolServer;
  const logLines: string[] = [];

  before(async () => {
    server = await startProtocolServer({ apiKey: KEY });
    ctx = await startTestApp({}, { logLines });
    acme = await seedAccount(ctx);
    for (const client of [acme.admin, acme.user]) {
      const accepted = await client.request('POST', '/api/ai/consent/terms', { version: 1 });
      assert.equal(accepted.statusCode, 200, accepted.body);
    }
  });
  after(async () => {
    await ctx.close();
    await server.close();
    const all = logLines.join('');
    assert.ok(all.length > 0, 'logs were captured');
    assert.doesNotMatch(all, /SECRET-4242/, 'an API key reached a log line');
  });

  const task = (t: string, extra: object = {}) =>
    acme.user.request('POST', '/api/ai/requests', {
      surface: 'deal',
      task: { task: t, input: TRANSCRIPT, options: { referenceDate: '2026-11-25T10:00:00Z' } },
      ...extra,
    });

  test('with no technology connected, the local engine summarises and extracts', async () => {
    const list = await acme.admin.request('GET', '/api/ai/technologies');
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list.json().items.map((t: { id: string; builtIn: boolean }) => [t.id, t.builtIn]),
      [['local', true]],
    );
    const summary = await task('summarize');
    assert.equal(summary.statusCode, 200, summary.body);
    assert.equal(summary.json().technologyId, 'local');
    assert.ok(summary.json().output.sentences.length > 0);
    const items = await task('action_items');
    assert.equal(items.statusCode, 200, items.body);
    const proposal = items.json().output.items.find((i: { action: string }) => /proposal/.test(i.action));
    assert.equal(proposal?.owner, 'Anna Berg');
    assert.equal(proposal?.due, '2026-11-27');
    const entities = await task('entities');
    assert.equal(entities.statusCode, 200, entities.body);
    assert.ok(entities.json().output.organisations.includes('Northwind'), entities.body);
    assert.equal(entities.json().output.money[0]?.amount, 48000);
    const chat = await acme.user.request('POST', '/api/ai/requests', {
      surface: 'chat',
      messages: [{ role: 'user', content: 'Write me a poem' }],
    });
    assert.equal(chat.statusCode, 422);
    assert.equal(chat.json().error.code, 'capability_unsupported');
  });

  test('bad request bodies are validation errors', async () => {
    for (const body of [
      { surface: 'deal' },
      { surface: 'nowhere', task: { task: 'summarize', input: 'x' } },
      { surface: 'deal', task: { task: 'classify', input: 'x' } },
      { surface: 'deal', task: { task: 'fill_template', input: 'x' } },
      { surface: 'deal', messages: [] },
      { surface: 'deal', task: { task: 'summarize', input: '' } },
      {
        surface: 'deal',
        task: { task: 'summarize', input: 'x' },
        messages: [{ role: 'user', content: 'x' }],
      },
    ]) {
      const res = await acme.user.request('POST', '/api/ai/requests', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
  });

  const connect = (body: object) =>
    acme.admin.request('POST', '/api/ai/technologies', {
      kind: 'openai-compatible',
      name: 'Team vLLM',
      baseUrl: server.url,
      apiKey: KEY,
      region: 'EU (Frankfurt)',
      ...body,
    });

  test('connecting tests the endpoint: each failure has its own code and saves nothing', async () => {
    const cases: [object, number, string][] = [
      [{ apiKey: 'sk-wrong-SECRET-4242-wrong' }, 422, 'ai_auth_failed'],
      [{ baseUrl: `http://127.0.0.1:${await closedPort()}/v1` }, 502, 'ai_unreachable'],
      [{ baseUrl: `${server.url}/not-the-api` }, 502, 'ai_bad_response'],
      [{ models: [{ id: 'no-such-model' }] }, 422, 'ai_model_not_found'],
      [{ baseUrl: undefined }, 400, 'validation_failed'],
      [{ baseUrl: 'ftp://example.test' }, 400, 'validation_failed'],
      [{ kind: 'local' }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await connect(body);
      assert.equal(res.statusCode, status, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, code, res.body);
      assert.doesNotMatch(res.body, /SECRET-4242/);
    }
    const rows = await ctx.store.pool.query(
      'select count(*)::int as n from ai_technologies where account_id = $1',
      [acme.account.id],
    );
    assert.equal(rows.rows[0].n, 0);
  });

  test('users may not manage technologies', async () => {
    for (const [method, url] of [
      ['GET', '/api/ai/technologies'],
      ['POST', '/api/ai/technologies'],
      ['GET', '/api/ai/surfaces'],
    ] as const) {
      const res = await acme.user.request(
        method,
        url,
        method === 'POST' ? { kind: 'openai', name: 'x', apiKey: 'k' } : undefined,
      );
      assert.equal(res.statusCode, 403, `${method} ${url} → ${res.body}`);
    }
  });

  test('connect, route a surface to it, user choice, streaming, disable and fall back', async () => {
    const probe = await acme.admin.request('POST', '/api/ai/technologies/probe', {
      kind: 'openai-compatible',
      baseUrl: server.url,
      apiKey: KEY,
    });
    assert.equal(probe.statusCode, 200, probe.body);
    assert.ok(probe.json().models.includes('gpt-test'));

    const res = await connect({
      models: [{ id: 'gpt-test', inputPricePerMTok: 0.5, outputPricePerMTok: 1.5 }],
      termsUrl: 'https://example.test/terms',
      termsAccepted: true,
    });
    assert.equal(res.statusCode, 201, res.body);
    const tech = res.json();
    assert.doesNotMatch(res.body, /SECRET-4242/);
    assert.equal(tech.hasApiKey, true);
    assert.equal(tech.defaultModel, 'gpt-test');
    assert.equal(tech.region, 'EU (Frankfurt)');
    assert.equal(tech.termsAcceptedBy.name, 'Ada Admin');
    assert.equal(tech.lastTest.ok, true);
    const stored = await ctx.store.pool.query('select api_key_encrypted from ai_technologies where id = $1', [
      tech.id,
    ]);
    assert.match(stored.rows[0].api_key_encrypted, /^v1\./);
    assert.doesNotMatch(stored.rows[0].api_key_encrypted, /SECRET/);
    assert.equal((await connect({})).statusCode, 409, 'names are unique per account');

    const badSettings = await acme.admin.request('PUT', '/api/ai/surfaces/deal', {
      enabled: true,
      defaultTechnologyId: tech.id,
      allowedTechnologyIds: ['local'],
    });
    assert.equal(badSettings.statusCode, 400, badSettings.body);
    const settings = await acme.admin.request('PUT', '/api/ai/surfaces/deal', {
      enabled: true,
      defaultTechnologyId: tech.id,
      allowedTechnologyIds: [tech.id, 'local'],
      fallbackTechnologyIds: ['local'],
    });
    assert.equal(settings.statusCode, 200, settings.body);

    const before = await acme.user.request('POST', '/api/ai/requests', {
      surface: 'deal',
      task: { task: 'summarize', input: TRANSCRIPT },
    });
    assert.equal(before.statusCode, 409, 'the user has not acknowledged where the data goes');
    assert.equal(before.json().error.details.required[0].kind, 'data_transfer');
    const ack = await acme.user.request('POST', '/api/ai/consent/disclosures', { technologyId: tech.id });
    assert.equal(ack.statusCode, 200, ack.body);
    const viaTech = await acme.user.request('POST', '/api/ai/requests', {
      surface: 'deal',
      task: { task: 'summarize', input: `${TRANSCRIPT} <<reply:Northwind budgets $48,000.>>` },
    });
    assert.equal(viaTech.statusCode, 200, viaTech.body);
    assert.equal(viaTech.json().technologyId, tech.id);
    assert.equal(viaTech.json().text, 'Northwind budgets $48,000.');
    assert.ok(viaTech.json().costUsd > 0);

    const choices = await acme.user.request('GET', '/api/ai/my-choices');
    const deal = choices.json().items.find((c: { surface: string }) => c.surface === 'deal');
    assert.deepEqual(
      deal.allowed.map((a: { id: string }) => a.id),
      [tech.id, 'local'],
    );
    assert.equal(
      (await acme.user.request('PUT', '/api/ai/my-choices/deal', { technologyId: 'nope' })).statusCode,
      400,
    );
    const chosen = await acme.user.request('PUT', '/api/ai/my-choices/deal', { technologyId: 'local' });
    assert.equal(chosen.json().chosenTechnologyId, 'local');
    assert.equal((await task('summarize')).json().technologyId, 'local');
    await acme.user.request('PUT', '/api/ai/my-choices/deal', { technologyId: null });

    // Streaming: server-sent events ending with a finish part.
    const sse = await acme.user.request('POST', '/api/ai/requests', {
      surface: 'deal',
      messages: [{ role: 'user', content: 'Hello model' }],
      stream: true,
    });
    assert.equal(sse.statusCode, 200);
    assert.match(String(sse.headers['content-type']), /text\/event-stream/);
    const parts = sse.body
      .split('\n\n')
      .filter(Boolean)
      .map((f) => JSON.parse(f.replace(/^data: /, '')));
    assert.equal(parts[0].type, 'start');
    assert.equal(parts.at(-1).type, 'finish');
    assert.equal(
      parts
        .filter((p: { type: string }) => p.type === 'text-delta')
        .map((p: { text: string }) => p.text)
        .join(''),
      'Echo: Hello model',
    );

    // A key change that fails its test changes nothing.
    const wrongKey = await acme.admin.request('PATCH', `/api/ai/technologies/${tech.id}`, {
      apiKey: 'sk-bad-SECRET-4242-x',
    });
    assert.equal(wrongKey.statusCode, 422);
    const again = await acme.admin.request('GET', `/api/ai/technologies/${tech.id}`);
    assert.equal(again.json().version, tech.version);
    const tested = await acme.admin.request('POST', `/api/ai/technologies/${tech.id}/test`, {});
    assert.equal(tested.json().ok, true, tested.body);

    // A new terms URL needs a new acceptance.
    const terms = await acme.admin.request('PATCH', `/api/ai/technologies/${tech.id}`, {
      termsUrl: 'https://example.test/terms-v2',
    });
    assert.equal(terms.statusCode, 200, terms.body);
    assert.equal(terms.json().termsAcceptedAt, null);

    // Disabled: the surface falls back to the local engine.
    const disabled = await acme.admin.request('PATCH', `/api/ai/technologies/${tech.id}`, {
      status: 'disabled',
    });
    assert.equal(disabled.json().status, 'disabled');
    assert.equal((await task('summarize')).json().technologyId, 'local');
    const listed = await acme.admin.request('GET', '/api/ai/technologies');
    const health = listed.json().items.find((t: { id: string }) => t.id === tech.id).health;
    assert.ok(health.requests >= 2);
    assert.equal(health.breaker, 'closed');

    // AI switched off for a surface.
    await acme.admin.request('PUT', '/api/ai/surfaces/feed', {
      enabled: false,
      defaultTechnologyId: 'local',
      allowedTechnologyIds: ['local'],
    });
    const off = await acme.user.request('POST', '/api/ai/requests', {
      surface: 'feed',
      task: { task: 'sentiment', input: 'Great!' },
    });
    assert.equal(off.statusCode, 403);
    assert.equal(off.json().error.code, 'ai_disabled');
  });

  test('a client that goes away cancels the request at the provider, over real HTTP', async () => {
    const tech = await connect({ name: 'Hanging server', termsAccepted: true });
    assert.equal(tech.statusCode, 201, tech.body);
    await acme.admin.request('PUT', '/api/ai/surfaces/chat', {
      enabled: true,
      defaultTechnologyId: tech.json().id,
      allowedTechnologyIds: [tech.json().id],
    });
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    await acme.admin.request('POST', '/api/ai/consent/disclosures', { technologyId: tech.json().id });
    const session = await signIn(ctx.app, acme.admin.email);
    const agent = new Agent();
    const call = (stream: boolean, content: string, signal?: AbortSignal) =>
      undiciFetch(`${address}/api/ai/requests`, {
        dispatcher: agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify({ surface: 'chat', stream, messages: [{ role: 'user', content }] }),
        signal,
      });
    // A normal request over real HTTP is not cancelled by its own body ending.
    const ok = await call(false, 'Hello over HTTP');
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.equal(((await ok.json()) as { text: string }).text, 'Echo: Hello over HTTP');
    for (const stream of [false, true]) {
      const before = server.clientAborts;
      const ac = new AbortController();
      const pending = call(stream, '<<hang>>', ac.signal).then((r) => r.text());
      await new Promise((r) => setTimeout(r, 300));
      ac.abort();
      await pending.catch(() => {});
      for (let i = 0; i < 100 && server.clientAborts === before; i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.equal(server.clientAborts, before + 1, `stream=${stream}: the provider saw the client go away`);
    }
    // The client's pool keeps sockets alive; closing it lets the server stop at once.
    await agent.destroy();
  });
});
