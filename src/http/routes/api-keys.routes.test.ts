import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('API keys', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const bearer = (key: string, method = 'GET', url = '/api/deals', payload?: object) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload ? { payload } : {}),
    });

  test('the key is shown once; afterwards only its prefix; at rest only its hash', async () => {
    const made = await acme.user.request('POST', '/api/api-keys', { name: 'CRM sync' });
    assert.equal(made.statusCode, 201, made.body);
    const { key, id, prefix, userId } = made.json();
    assert.match(key, /^chk_[A-Za-z0-9_-]{30,}$/);
    assert.ok(key.startsWith(prefix));
    assert.ok(prefix.length < key.length / 2);
    assert.equal(userId, acme.user.userId);

    const listed = (await acme.user.request('GET', '/api/api-keys')).json().items;
    const mine = listed.find((k: { id: string }) => k.id === id);
    assert.equal(mine.prefix, prefix);
    assert.equal(mine.revokedAt, null);
    assert.ok(!JSON.stringify(listed).includes(key), 'the key never appears again');
    assert.ok(listed.every((k: object) => !('key' in k) && !('keyHash' in k)));
    const stored = await ctx.store.pool.query('select * from api_keys where id = $1', [id]);
    assert.ok(!JSON.stringify(stored.rows[0]).includes(key), 'not stored in clear');

    assert.equal((await bearer(key)).statusCode, 200);
    // API-key writes need no CSRF token, and act as the key's user.
    const deal = await bearer(key, 'POST', '/api/deals', { title: 'From the API' });
    assert.equal(deal.statusCode, 201);
    assert.equal(deal.json().ownerId, acme.user.userId);
    const used = (await acme.user.request('GET', '/api/api-keys')).json().items;
    assert.ok(used.find((k: { id: string }) => k.id === id).lastUsedAt);
    for (const bad of [{}, { name: '' }, { name: 'x', scopes: ['all'] }, { name: 'x', userId: 'me' }]) {
      assert.equal(
        (await acme.user.request('POST', '/api/api-keys', bad)).statusCode,
        400,
        JSON.stringify(bad),
      );
    }
  });

  test('a revoked key answers 401 unauthenticated at once', async () => {
    const { key, id } = (await acme.user.request('POST', '/api/api-keys', { name: 'short-lived' })).json();
    assert.equal((await bearer(key)).statusCode, 200);
    assert.equal((await acme.user.request('DELETE', `/api/api-keys/${id}`)).statusCode, 204);
    const revoked = await bearer(key);
    assert.equal(revoked.statusCode, 401);
    assert.equal(revoked.json().error.code, 'unauthenticated');
    assert.equal((await bearer(key, 'POST', '/api/deals', { title: 'x' })).statusCode, 401);
    const listed = (await acme.user.request('GET', '/api/api-keys')).json().items;
    assert.ok(listed.find((k: { id: string }) => k.id === id).revokedAt);
    // Revoking again is harmless; a made-up key is refused like a revoked one.
    assert.equal((await acme.user.request('DELETE', `/api/api-keys/${id}`)).statusCode, 204);
    assert.equal((await bearer(`chk_${'x'.repeat(43)}`)).json().error.code, 'unauthenticated');
  });

  test('users see and revoke their own keys; admins all of the account, and create keys for its users', async () => {
    const team = await seedAccount(ctx);
    const adminKey = (await team.admin.request('POST', '/api/api-keys', { name: 'admin' })).json();
    const userKey = (await team.user.request('POST', '/api/api-keys', { name: 'user' })).json();

    const userSees = (await team.user.request('GET', '/api/api-keys'))
      .json()
      .items.map((k: { id: string }) => k.id);
    assert.deepEqual(userSees, [userKey.id]);
    const adminSees = (await team.admin.request('GET', '/api/api-keys'))
      .json()
      .items.map((k: { id: string }) => k.id);
    assert.deepEqual(adminSees.sort(), [adminKey.id, userKey.id].sort());

    const userRevokesAdmin = await team.user.request('DELETE', `/api/api-keys/${adminKey.id}`);
    assert.equal(userRevokesAdmin.statusCode, 404);
    assert.equal((await bearer(adminKey.key)).statusCode, 200);
    const userForAdmin = await team.user.request('POST', '/api/api-keys', {
      name: 'x',
      userId: team.admin.userId,
    });
    assert.equal(userForAdmin.statusCode, 403);
    const userForSelf = await team.user.request('POST', '/api/api-keys', {
      name: 'x',
      userId: team.user.userId,
    });
    assert.equal(userForSelf.statusCode, 201);

    const issued = await team.admin.request('POST', '/api/api-keys', {
      name: 'for Uma',
      userId: team.user.userId,
    });
    assert.equal(issued.statusCode, 201, issued.body);
    assert.equal(issued.json().userId, team.user.userId);
    const asUma = await bearer(issued.json().key, 'POST', '/api/deals', { title: 'Via issued key' });
    assert.equal(asUma.json().ownerId, team.user.userId, 'the key acts as the user, not as the admin');
    assert.equal(
      (await bearer(issued.json().key, 'POST', '/api/departments', { name: 'x' })).statusCode,
      403,
    );
    assert.equal((await team.admin.request('DELETE', `/api/api-keys/${userKey.id}`)).statusCode, 204);
    assert.equal((await bearer(userKey.key)).statusCode, 401);
  });

  test('another account’s keys and users answer 404, like missing ones', async () => {
    const other = await seedAccount(ctx);
    const theirs = (await other.user.request('POST', '/api/api-keys', { name: 'theirs' })).json();
    const foreign = await acme.admin.request('DELETE', `/api/api-keys/${theirs.id}`);
    const missing = await acme.admin.request('DELETE', `/api/api-keys/${MISSING}`);
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().error.message, missing.json().error.message);
    assert.equal((await bearer(theirs.key)).statusCode, 200, 'still works');

    const forForeignUser = await acme.admin.request('POST', '/api/api-keys', {
      name: 'x',
      userId: other.user.userId,
    });
    const forMissingUser = await acme.admin.request('POST', '/api/api-keys', { name: 'x', userId: MISSING });
    assert.equal(forForeignUser.statusCode, 404);
    assert.equal(forForeignUser.json().error.message, forMissingUser.json().error.message);
    const listed = (await acme.admin.request('GET', '/api/api-keys')).json().items;
    assert.ok(!listed.some((k: { id: string }) => k.id === theirs.id));
    // A key only ever reaches its own account.
    const ourDeal = (await acme.admin.request('POST', '/api/deals', { title: 'Ours' })).json();
    assert.equal((await bearer(theirs.key, 'GET', `/api/deals/${ourDeal.id}`)).statusCode, 404);
  });
});
