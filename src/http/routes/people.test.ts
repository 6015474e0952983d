import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, signIn, startTestApp, TEST_PASSWORD, type TestContext } from '../../testing/harness.js';

describe('people, departments and API keys', () => {
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

  test('admins add people; users may not; everyone can list them', async () => {
    const added = await acme.admin.request('POST', '/api/users', {
      email: 'new.rep@example.test',
      name: 'New Rep',
      password: 'a long enough password',
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.ok(!('passwordHash' in added.json()));
    assert.equal(
      (
        await acme.user.request('POST', '/api/users', {
          email: 'x@example.test',
          name: 'X',
          password: 'a long enough password',
        })
      ).statusCode,
      403,
    );
    const dup = await acme.admin.request('POST', '/api/users', {
      email: 'NEW.REP@example.test',
      name: 'Again',
      password: 'a long enough password',
    });
    assert.equal(dup.json().error.code, 'conflict');
    const users = (await acme.user.request('GET', '/api/users')).json().items;
    assert.equal(users.length, 3);
    assert.equal(
      (await acme.user.request('PATCH', `/api/users/${acme.user.userId}`, { name: 'Uma U.' })).statusCode,
      200,
    );
    assert.equal(
      (await acme.user.request('PATCH', `/api/users/${acme.user.userId}`, { role: 'admin' })).json().error
        .code,
      'forbidden',
    );
  });

  test('the last active admin cannot demote or block themselves', async () => {
    const res = await acme.admin.request('PATCH', `/api/users/${acme.admin.userId}`, { role: 'user' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'conflict');
  });

  test('departments: no cycles, unique names, admins only', async () => {
    const sales = (await acme.admin.request('POST', '/api/departments', { name: 'Sales' })).json();
    const emea = (
      await acme.admin.request('POST', '/api/departments', { name: 'Sales EMEA', parentId: sales.id })
    ).json();
    const cycle = await acme.admin.request('PATCH', `/api/departments/${sales.id}`, { parentId: emea.id });
    assert.equal(cycle.statusCode, 400);
    assert.equal(
      (await acme.admin.request('POST', '/api/departments', { name: 'Sales' })).json().error.code,
      'conflict',
    );
    assert.equal((await acme.user.request('POST', '/api/departments', { name: 'Mine' })).statusCode, 403);
    assert.equal((await acme.admin.request('DELETE', `/api/departments/${sales.id}`)).statusCode, 204);
    const left = (await acme.user.request('GET', '/api/departments')).json().items;
    assert.equal(left[0].parentId, null, 'the child moved up');
  });

  test('API keys: shown once, hashed at rest, revocable; blocking a user stops their keys and sessions', async () => {
    const made = await acme.user.request('POST', '/api/api-keys', { name: 'CRM sync' });
    assert.equal(made.statusCode, 201, made.body);
    const { key, id } = made.json();
    assert.match(key, /^chk_/);
    const listed = (await acme.user.request('GET', '/api/api-keys')).json().items;
    assert.ok(listed.every((k: Record<string, unknown>) => !('key' in k)));
    const stored = await ctx.store.pool.query('select key_hash from api_keys where id = $1', [id]);
    assert.notEqual(stored.rows[0].key_hash, key);
    assert.equal((await bearer(key)).statusCode, 200);
    // API-key writes need no CSRF token.
    assert.equal((await bearer(key, 'POST', '/api/deals', { title: 'From the API' })).statusCode, 201);

    assert.equal((await acme.user.request('DELETE', `/api/api-keys/${id}`)).statusCode, 204);
    const revoked = await bearer(key);
    assert.equal(revoked.statusCode, 401);
    assert.equal(revoked.json().error.code, 'unauthenticated');

    const second = (await acme.user.request('POST', '/api/api-keys', { name: 'second' })).json().key;
    const session = await signIn(ctx.app, acme.user.email);
    assert.equal((await bearer(second)).statusCode, 200);
    assert.equal(
      (await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, { blocked: true })).statusCode,
      200,
    );
    assert.equal((await bearer(second)).statusCode, 401, 'a blocked user’s key stops at once');
    assert.equal(
      (await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } }))
        .statusCode,
      401,
    );
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: acme.user.email, password: TEST_PASSWORD },
    });
    assert.equal(login.json().error.code, 'user_blocked');
    await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, { blocked: false });
  });

  test('sign-in throttling: the sixth wrong password locks the email, even against the right one', async () => {
    const email = acme.admin.email;
    for (let i = 0; i < 5; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'wrong password' },
      });
      assert.equal(res.statusCode, 401);
    }
    const locked = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().error.code, 'login_throttled');
    assert.ok(Number(locked.headers['retry-after']) > 0);
  });
});
