import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, signIn, startTestApp, TEST_PASSWORD, type TestContext } from '../../testing/harness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const NEW_PASSWORD = 'a long enough password';

describe('users API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const session = (cookie: string) =>
    ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });

  test('admins add people; users may not; everyone lists them for pickers', async () => {
    const added = await acme.admin.request('POST', '/api/users', {
      email: 'New.Rep@Example.test',
      name: 'New Rep',
      password: NEW_PASSWORD,
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().email, 'new.rep@example.test');
    assert.equal(added.json().role, 'user');
    assert.ok(!('passwordHash' in added.json()));
    assert.ok(await signIn(ctx.app, 'new.rep@example.test', NEW_PASSWORD));

    const byUser = await acme.user.request('POST', '/api/users', {
      email: 'x@example.test',
      name: 'X',
      password: NEW_PASSWORD,
    });
    assert.equal(byUser.statusCode, 403);
    assert.equal(byUser.json().error.code, 'forbidden');
    const dup = await acme.admin.request('POST', '/api/users', {
      email: 'NEW.REP@example.test',
      name: 'Again',
      password: NEW_PASSWORD,
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'conflict');
    for (const bad of [
      { email: 'not an email', name: 'X', password: NEW_PASSWORD },
      { email: 'short@example.test', name: 'X', password: 'short' },
      { email: 'root@example.test', name: 'X', password: NEW_PASSWORD, role: 'owner' },
      { email: 'dept@example.test', name: 'X', password: NEW_PASSWORD, departmentId: MISSING },
      { email: 'acct@example.test', name: 'X', password: NEW_PASSWORD, accountId: MISSING },
    ]) {
      const res = await acme.admin.request('POST', '/api/users', bad);
      assert.equal(res.statusCode, 400, `${JSON.stringify(bad)} → ${res.body}`);
    }

    const users = (await acme.user.request('GET', '/api/users')).json().items;
    assert.deepEqual(users.map((u: { name: string }) => u.name).sort(), ['Ada Admin', 'New Rep', 'Uma User']);
    assert.ok(users.every((u: object) => !('passwordHash' in u)));
    const one = await acme.user.request('GET', `/api/users/${added.json().id}`);
    assert.equal(one.json().name, 'New Rep');
  });

  test('users rename only themselves; admins change roles, departments and the blocked flag', async () => {
    const renamed = await acme.user.request('PATCH', `/api/users/${acme.user.userId}`, { name: 'Uma U.' });
    assert.equal(renamed.statusCode, 200);
    assert.equal(renamed.json().name, 'Uma U.');
    for (const [id, body] of [
      [acme.user.userId, { role: 'admin' }],
      [acme.user.userId, { blocked: false }],
      [acme.admin.userId, { name: 'Hacked' }],
    ] as const) {
      const res = await acme.user.request('PATCH', `/api/users/${id}`, body);
      assert.equal(res.statusCode, 403, JSON.stringify(body));
      assert.equal(res.json().error.code, 'forbidden');
    }
    const dept = (await acme.admin.request('POST', '/api/departments', { name: 'Field sales' })).json();
    const moved = await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, {
      departmentId: dept.id,
      role: 'admin',
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().departmentId, dept.id);
    // The new role counts on the very next request of the same session.
    assert.equal(
      (await acme.user.request('POST', '/api/departments', { name: 'Made by Uma' })).statusCode,
      201,
    );
    const back = await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, { role: 'user' });
    assert.equal(back.statusCode, 200);
    assert.equal((await acme.user.request('POST', '/api/departments', { name: 'Not now' })).statusCode, 403);

    const event = await ctx.store.pool.query(
      "select payload from events where entity_id = $1 and type = 'user.updated' order by seq desc limit 1",
      [acme.user.userId],
    );
    assert.deepEqual(event.rows[0].payload, { fields: ['role'], role: 'user', blocked: false });
    const badDept = await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, {
      departmentId: MISSING,
    });
    assert.equal(badDept.statusCode, 400);
    const unknownField = await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, {
      email: 'changed@example.test',
    });
    assert.equal(unknownField.statusCode, 400);
  });

  test('the last active admin can be neither demoted nor blocked', async () => {
    const team = await seedAccount(ctx);
    for (const body of [{ role: 'user' }, { blocked: true }]) {
      const res = await team.admin.request('PATCH', `/api/users/${team.admin.userId}`, body);
      assert.equal(res.statusCode, 409, JSON.stringify(body));
      assert.equal(res.json().error.code, 'conflict');
    }
    // With a second admin, one may step down; then the other is the last one.
    await team.admin.request('PATCH', `/api/users/${team.user.userId}`, { role: 'admin' });
    const stepDown = await team.admin.request('PATCH', `/api/users/${team.admin.userId}`, { role: 'user' });
    assert.equal(stepDown.statusCode, 200, stepDown.body);
    const last = await team.user.request('PATCH', `/api/users/${team.user.userId}`, { blocked: true });
    assert.equal(last.statusCode, 409);
    // A blocked admin does not count as an active one.
    await team.user.request('PATCH', `/api/users/${team.admin.userId}`, { role: 'admin', blocked: true });
    assert.equal(
      (await team.user.request('PATCH', `/api/users/${team.user.userId}`, { role: 'user' })).statusCode,
      409,
    );
    const roles = await ctx.store.pool.query(
      "select count(*)::int as n from users where account_id = $1 and role = 'admin' and not blocked",
      [team.account.id],
    );
    assert.equal(roles.rows[0].n, 1);
  });

  test('an admin sets a new password: the old one stops, and so do the user’s sessions', async () => {
    const team = await seedAccount(ctx);
    const other = await signIn(ctx.app, team.user.email);
    assert.equal((await session(other.cookie)).statusCode, 200);
    const short = await team.admin.request('POST', `/api/users/${team.user.userId}/password`, {
      password: 'short',
    });
    assert.equal(short.statusCode, 400);
    const byUser = await team.user.request('POST', `/api/users/${team.admin.userId}/password`, {
      password: NEW_PASSWORD,
    });
    assert.equal(byUser.statusCode, 403);

    const set = await team.admin.request('POST', `/api/users/${team.user.userId}/password`, {
      password: NEW_PASSWORD,
    });
    assert.equal(set.statusCode, 204, set.body);
    assert.equal((await session(other.cookie)).statusCode, 401, 'sessions end');
    assert.equal((await team.user.request('GET', '/api/users')).statusCode, 401);
    const old = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: team.user.email, password: TEST_PASSWORD },
    });
    assert.equal(old.json().error.code, 'invalid_credentials');
    assert.ok(await signIn(ctx.app, team.user.email, NEW_PASSWORD));
  });

  test('a user of another account answers 404 on every route, exactly like a missing one', async () => {
    const other = await seedAccount(ctx);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/users/:id'],
      ['PATCH', '/api/users/:id', { name: 'Renamed' }],
      ['PATCH', '/api/users/:id', { blocked: true }],
      ['POST', '/api/users/:id/password', { password: NEW_PASSWORD }],
    ];
    for (const [method, url, body] of routes) {
      const foreign = await acme.admin.request(method, url.replace(':id', other.user.userId), body);
      const missing = await acme.admin.request(method, url.replace(':id', MISSING), body);
      assert.equal(foreign.statusCode, 404, `${method} ${url} → ${foreign.body}`);
      assert.equal(foreign.json().error.message, missing.json().error.message);
    }
    const them = await ctx.store.pool.query('select name, blocked, password_hash from users where id = $1', [
      other.user.userId,
    ]);
    assert.equal(them.rows[0].name, 'Uma User');
    assert.equal(them.rows[0].blocked, false);
    assert.ok(await signIn(ctx.app, other.user.email), 'their password still works');
    assert.ok(
      !(await acme.admin.request('GET', '/api/users'))
        .json()
        .items.some((u: { id: string }) => u.id === other.user.userId),
    );
  });
});
