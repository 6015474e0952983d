import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, signIn, startTestApp, TEST_PASSWORD, type TestContext } from '../testing/harness.js';

describe('HTTP app basics', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('health, readiness, request ids and unknown routes', async () => {
    const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(health.statusCode, 200);
    assert.ok(health.headers['x-request-id']);
    const ready = await ctx.app.inject({
      method: 'GET',
      url: '/api/ready',
      headers: { 'x-request-id': 'trace-123' },
    });
    assert.deepEqual(ready.json(), { status: 'ready', database: 'ok' });
    assert.equal(ready.headers['x-request-id'], 'trace-123');
    const missing = await acme.user.request('GET', '/api/nope');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'route_not_found');
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/deals' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'unauthenticated');
  });

  test('OpenAPI document and docs are served locally, with no external URL', async () => {
    const spec = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(spec.statusCode, 200);
    assert.ok(Object.keys(spec.json().paths).includes('/api/deals'));
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    const external = docs.body.match(/(src|href)="https?:\/\/[^"]+"/g) ?? [];
    assert.deepEqual(external, [], 'the docs page loads nothing from the internet');
  });

  test('the SPA answers client routes with index.html and never shadows the API', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/deals/some-id' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.ok(page.headers['content-security-policy']);
  });

  test('sign in, session, CSRF bound to the session, sign out', async () => {
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: acme.user.email, password: 'nope' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'invalid_credentials');

    const one = await signIn(ctx.app, acme.user.email);
    const two = await signIn(ctx.app, acme.user.email);
    const cookie = one.cookie;
    const session = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    assert.equal(session.json().user.email, acme.user.email);
    const setCookie = String(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: acme.user.email, password: TEST_PASSWORD },
        })
      ).headers['set-cookie'],
    );
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);

    // Session two's token does not validate for session one.
    const crossed = await ctx.app.inject({
      method: 'POST',
      url: '/api/deals',
      headers: { cookie, 'x-csrf-token': two.csrfToken },
      payload: { title: 'x' },
    });
    assert.equal(crossed.statusCode, 403);
    assert.equal(crossed.json().error.code, 'csrf_invalid');

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': one.csrfToken },
    });
    assert.equal(out.statusCode, 204);
    const after = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    assert.equal(after.statusCode, 401);
  });

  test('changing your password ends your sessions and needs the current password', async () => {
    const s = await signIn(ctx.app, acme.admin.email);
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: 'wrong', newPassword: 'a brand new password' },
    });
    assert.equal(bad.statusCode, 401);
    const short = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    assert.equal(short.json().error.code, 'validation_failed');
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
    });
    assert.equal(ok.statusCode, 204);
    assert.equal(
      (await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode,
      401,
    );
    await signIn(ctx.app, acme.admin.email, 'a brand new password');
  });
});
