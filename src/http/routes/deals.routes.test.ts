import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

describe('deals API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('create, read, update stage, comment, list', async () => {
    const created = await acme.user.request('POST', '/api/deals', {
      title: 'Pilot for Globex',
      amount: 12500.5,
      currency: 'eur',
    });
    assert.equal(created.statusCode, 201, created.body);
    const deal = created.json();
    assert.equal(deal.amount, '12500.50');
    assert.equal(deal.currency, 'EUR');
    assert.equal(deal.ownerId, acme.user.userId);

    const stages = (await acme.user.request('GET', '/api/pipeline/stages')).json().items;
    const proposal = stages.find((s: { key: string }) => s.key === 'proposal');
    const moved = await acme.user.request('PATCH', `/api/deals/${deal.id}`, {
      stageId: proposal.id,
      version: deal.version,
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().version, 2);

    const stale = await acme.user.request('PATCH', `/api/deals/${deal.id}`, { title: 'x', version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'version_conflict');

    const comment = await acme.user.request('POST', `/api/deals/${deal.id}/messages`, {
      body: 'Called them, they want a demo.',
    });
    assert.equal(comment.statusCode, 201, comment.body);
    const timeline = (await acme.user.request('GET', `/api/deals/${deal.id}/messages`)).json();
    assert.deepEqual(
      timeline.items.map((m: { kind: string }) => m.kind),
      ['system', 'comment'],
    );

    const list = (await acme.user.request('GET', `/api/deals?stageId=${proposal.id}`)).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].id, deal.id);

    const types = await ctx.store.pool.query('select type from events where entity_id = $1 order by seq', [
      deal.id,
    ]);
    assert.deepEqual(
      types.rows.map((r) => r.type),
      ['deal.created', 'deal.updated', 'deal.stage_changed', 'message.posted'],
    );
  });

  test('users see only deals they own or take part in; admins see all', async () => {
    const mine = (await acme.admin.request('POST', '/api/deals', { title: 'Admin only' })).json();
    assert.equal((await acme.user.request('GET', `/api/deals/${mine.id}`)).statusCode, 404);
    assert.equal((await acme.admin.request('GET', `/api/deals/${mine.id}`)).statusCode, 200);
    const shared = await acme.admin.request('PATCH', `/api/deals/${mine.id}`, {
      participantIds: [acme.user.userId],
    });
    assert.equal(shared.statusCode, 200, shared.body);
    assert.equal((await acme.user.request('GET', `/api/deals/${mine.id}`)).statusCode, 200);
    assert.equal((await acme.user.request('DELETE', `/api/deals/${mine.id}`)).json().error.code, 'forbidden');
  });

  test('bad input: unknown fields, wrong types, bad JSON, too large — 4xx with stable codes, nothing written', async () => {
    const before = await ctx.store.pool.query('select count(*)::int as n from deals');
    const cases: [unknown, number, string][] = [
      [{ title: 'x', color: 'red' }, 400, 'validation_failed'],
      [{ title: 42 }, 400, 'validation_failed'],
      [{ title: 'x', amount: '12.345' }, 400, 'validation_failed'],
      [{ title: 'x', stageId: '00000000-0000-4000-8000-000000000000' }, 400, 'validation_failed'],
      [{ title: 'x', customFields: { nope: 1 } }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await acme.user.request('POST', '/api/deals', body);
      assert.equal(res.statusCode, status, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, code);
    }
    const badJson = await acme.user.request('POST', '/api/deals', '{"title":', {
      'content-type': 'application/json',
    });
    assert.equal(badJson.statusCode, 400);
    assert.equal(badJson.json().error.code, 'invalid_json');
    const huge = await acme.user.request('POST', '/api/deals', { title: 'x', source: 'y'.repeat(1_100_000) });
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json().error.code, 'payload_too_large');
    const after = await ctx.store.pool.query('select count(*)::int as n from deals');
    assert.equal(after.rows[0].n, before.rows[0].n);
  });

  test('writes with a session need the CSRF token', async () => {
    const res = await acme.user.request(
      'POST',
      '/api/deals',
      { title: 'no token' },
      { 'x-csrf-token': 'forged' },
    );
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'csrf_invalid');
  });
});
