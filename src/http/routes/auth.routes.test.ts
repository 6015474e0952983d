import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, signIn, startTestApp, TEST_PASSWORD, type TestContext } from '../../testing/harness.js';

describe('signing in', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const login = (email: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  test('a blocked user cannot sign in, and their sessions and API keys stop at once', async () => {
    const team = await seedAccount(ctx);
    const key = (await team.user.request('POST', '/api/api-keys', { name: 'sync' })).json().key;
    const bearer = () =>
      ctx.app.inject({ method: 'GET', url: '/api/deals', headers: { authorization: `Bearer ${key}` } });
    const laptop = await signIn(ctx.app, team.user.email);
    assert.equal((await bearer()).statusCode, 200);

    const blocked = await team.admin.request('PATCH', `/api/users/${team.user.userId}`, { blocked: true });
    assert.equal(blocked.statusCode, 200, blocked.body);
    assert.equal(blocked.json().blocked, true);
    const keyRes = await bearer();
    assert.equal(keyRes.statusCode, 401);
    assert.equal(keyRes.json().error.code, 'unauthenticated');
    const laptopRes = await ctx.app.inject({
      method: 'GET',
      url: '/api/deals',
      headers: { cookie: laptop.cookie },
    });
    assert.equal(laptopRes.statusCode, 401);
    assert.equal((await team.user.request('GET', '/api/deals')).statusCode, 401);
    const refused = await login(team.user.email, TEST_PASSWORD);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'user_blocked');
    assert.equal(refused.cookies.length, 0, 'no session cookie');
    assert.equal(
      (await ctx.store.pool.query('select 1 from sessions where user_id = $1', [team.user.userId])).rowCount,
      0,
    );
    const keyAsBlocked = await ctx.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: { authorization: `Bearer ${key}` },
      payload: { name: 'another' },
    });
    assert.equal(keyAsBlocked.statusCode, 401);
    const forBlocked = await team.admin.request('POST', '/api/api-keys', {
      name: 'x',
      userId: team.user.userId,
    });
    assert.equal(forBlocked.statusCode, 409);

    // Unblocked, they sign in again; sessions that were ended stay ended.
    await team.admin.request('PATCH', `/api/users/${team.user.userId}`, { blocked: false });
    assert.equal((await login(team.user.email, TEST_PASSWORD)).statusCode, 200);
    const old = await ctx.app.inject({
      method: 'GET',
      url: '/api/deals',
      headers: { cookie: laptop.cookie },
    });
    assert.equal(old.statusCode, 401);
  });

  test('six wrong passwords for one email lock it, even against the right password', async () => {
    const email = acme.user.email;
    for (let i = 1; i <= 5; i++) {
      const res = await login(email, `wrong password ${i}`);
      assert.equal(res.statusCode, 401, `attempt ${i}`);
      assert.equal(res.json().error.code, 'invalid_credentials');
    }
    const sixth = await login(email, 'wrong password 6');
    assert.equal(sixth.statusCode, 429);
    assert.equal(sixth.json().error.code, 'login_throttled');
    const retryAfter = Number(sixth.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 60 * 60, `Retry-After: ${sixth.headers['retry-after']}`);

    const right = await login(email, TEST_PASSWORD);
    assert.equal(right.statusCode, 429, 'the right password is refused while locked');
    assert.ok(Number(right.headers['retry-after']) > 0);
    assert.equal(right.cookies.length, 0);
    // The email in another spelling is the same email.
    assert.equal((await login(email.toUpperCase(), TEST_PASSWORD)).statusCode, 429);
    // Other people are not locked out by someone guessing at this email.
    assert.equal((await login(acme.admin.email, TEST_PASSWORD)).statusCode, 200);
    // Signed-in sessions of the locked email keep working: the lock is on signing in.
    assert.equal((await acme.user.request('GET', '/api/deals')).statusCode, 200);

    // Once the lock has passed, the right password works and clears the count.
    await ctx.store.pool.query(
      "update login_throttle set locked_until = now() - interval '1 second' where key = $1",
      [`email:${email}`],
    );
    assert.equal((await login(email, TEST_PASSWORD)).statusCode, 200);
    assert.equal((await login(email, 'wrong again')).statusCode, 401);
  });
});
