import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

describe('POST /api/events (external CRM events)', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('stores an event once per id, per account', async () => {
    const event = {
      id: 'crm-42',
      type: 'deal.created',
      entityType: 'deal',
      entityId: 'D-42',
      payload: { title: 'From the CRM' },
    };
    const first = await acme.admin.request('POST', '/api/events', event);
    assert.equal(first.statusCode, 202, first.body);
    assert.equal(first.json().duplicate, false);
    const again = await acme.admin.request('POST', '/api/events', event);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().duplicate, true);
    assert.equal(again.json().id, first.json().id);

    const other = await seedAccount(ctx);
    const theirs = await other.admin.request('POST', '/api/events', event);
    assert.equal(theirs.statusCode, 202, 'the same external id in another account is another event');

    const rows = await ctx.store.pool.query(
      `select account_id, source from events where external_id = 'crm-42'`,
    );
    assert.equal(rows.rowCount, 2);
    assert.ok(rows.rows.every((r) => r.source === 'external'));
  });

  test('rejects malformed events with stable codes', async () => {
    for (const body of [
      { type: 'deal.created' },
      { id: 'x', type: 'Deal Created' },
      { id: 'x', type: 'a.b', extra: 1 },
    ]) {
      const res = await acme.admin.request('POST', '/api/events', body);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    const unauth = await ctx.app.inject({
      method: 'POST',
      url: '/api/events',
      payload: { id: 'x', type: 'a.b' },
    });
    assert.equal(unauth.statusCode, 401);
  });
});
