import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

describe('account API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await startTestApp();
  });
  after(() => ctx.close());

  test('everyone reads their own account; only admins change it, and never its plan', async () => {
    const acme = await seedAccount(ctx, 'Acme Account Test');
    const other = await seedAccount(ctx);
    const mine = await acme.user.request('GET', '/api/account');
    assert.equal(mine.statusCode, 200);
    assert.equal(mine.json().id, acme.account.id);
    assert.equal(mine.json().name, 'Acme Account Test');

    const byUser = await acme.user.request('PATCH', '/api/account', { name: 'Renamed' });
    assert.equal(byUser.statusCode, 403);
    assert.equal(byUser.json().error.code, 'forbidden');

    const changed = await acme.admin.request('PATCH', '/api/account', {
      name: 'Acme GmbH',
      country: 'DE',
      language: 'de',
      timeZone: 'Europe/Berlin',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const { name, country, language, timeZone, plan } = changed.json();
    assert.deepEqual(
      { name, country, language, timeZone, plan },
      { name: 'Acme GmbH', country: 'DE', language: 'de', timeZone: 'Europe/Berlin', plan: mine.json().plan },
    );
    const event = await ctx.store.pool.query(
      "select payload from events where account_id = $1 and type = 'account.updated'",
      [acme.account.id],
    );
    assert.deepEqual(
      event.rows.map((r) => r.payload.fields.sort()),
      [['country', 'language', 'name', 'timeZone']],
    );
    assert.equal((await acme.admin.request('PATCH', '/api/account', {})).json().name, 'Acme GmbH');

    for (const bad of [
      { plan: 'enterprise' },
      { id: other.account.id, name: 'Hijack' },
      { timeZone: 'Mars/Olympus' },
      { country: 'Germany' },
      { name: '' },
    ]) {
      const res = await acme.admin.request('PATCH', '/api/account', bad);
      assert.equal(res.statusCode, 400, `${JSON.stringify(bad)} → ${res.body}`);
    }
    const theirs = (await other.admin.request('GET', '/api/account')).json();
    assert.equal(theirs.id, other.account.id);
    assert.notEqual(theirs.name, 'Hijack');
    assert.equal((await acme.admin.request('GET', '/api/account')).json().plan, mine.json().plan);
  });
});
