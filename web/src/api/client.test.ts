import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { ApiError, api, onUnauthenticated, queryString, setCsrfToken } from './client';

type Seen = { url: string; method: string; headers: Record<string, string>; body?: unknown };

/** Replaces fetch with a list of canned answers, recording what the client sent. */
function fakeServer(...answers: (Response | Error)[]) {
  const seen: Seen[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    seen.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return seen;
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const failure = (status: number, code: string, message = code, details?: unknown) =>
  json(status, { error: { code, message, details } });

/** The ApiError a call fails with (and a failed test if it succeeds). */
const failureOf = (call: Promise<unknown>): Promise<ApiError> =>
  call.then(
    () => assert.fail('expected the call to fail'),
    (err: unknown) => {
      assert.ok(err instanceof ApiError, String(err));
      return err;
    },
  );

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(undefined);
  onUnauthenticated(() => {});
});

describe('queryString', () => {
  test('leaves out empty values and joins lists with commas', () => {
    assert.equal(queryString({ q: '', a: undefined, b: null, stageId: [] }), '');
    assert.equal(
      queryString({ q: 'acme co', limit: 25, stageId: ['x', 'y'] }),
      '?q=acme+co&limit=25&stageId=x%2Cy',
    );
  });
});

describe('api', () => {
  test('sends the CSRF token on writes only, and JSON bodies', async () => {
    setCsrfToken('t0k');
    const seen = fakeServer(json(200, { items: [] }), json(201, { id: '1' }));
    await api('GET', '/deals', { query: { limit: 5 } });
    assert.deepEqual(await api('POST', '/deals', { body: { title: 'A' } }), { id: '1' });
    assert.equal(seen[0]!.url, '/api/deals?limit=5');
    assert.equal(seen[0]!.headers['x-csrf-token'], undefined);
    assert.equal(seen[1]!.headers['x-csrf-token'], 't0k');
    assert.equal(seen[1]!.headers['content-type'], 'application/json');
    assert.equal(seen[1]!.body, '{"title":"A"}');
  });

  test('answers 204 with undefined', async () => {
    fakeServer(new Response(null, { status: 204 }));
    assert.equal(await api('DELETE', '/deals/1'), undefined);
  });

  test('turns an error answer into an ApiError with per-field messages', async () => {
    fakeServer(
      failure(400, 'validation_failed', 'Invalid body', [
        { path: 'body.amount', message: 'a decimal amount with at most 2 decimals' },
        { path: 'body.contactIds.0', message: 'Invalid UUID' },
        { path: 'body.amount', message: 'second message for the same field is ignored' },
      ]),
    );
    const err = await failureOf(api('POST', '/deals', { body: {} }));
    assert.equal(err.status, 400);
    assert.equal(err.code, 'validation_failed');
    assert.equal(err.message, 'Invalid body');
    assert.deepEqual(err.fieldErrors(), {
      amount: 'a decimal amount with at most 2 decimals',
      'contactIds.0': 'Invalid UUID',
    });
  });

  test('reads Retry-After of a throttled sign-in', async () => {
    fakeServer(
      json(429, { error: { code: 'login_throttled', message: 'Too many' } }, { 'retry-after': '42' }),
    );
    const err = await failureOf(api('POST', '/auth/login', { body: {} }));
    assert.equal(err.code, 'login_throttled');
    assert.equal(err.retryAfter, 42);
  });

  test('reports a lost session, but not wrong credentials', async () => {
    let lost = 0;
    onUnauthenticated(() => lost++);
    fakeServer(failure(401, 'invalid_credentials'), failure(401, 'unauthenticated'));
    await failureOf(api('POST', '/auth/login', { body: {} }));
    assert.equal(lost, 0);
    await failureOf(api('GET', '/deals'));
    assert.equal(lost, 1);
  });

  test('a stale CSRF token is renewed from the session and the write retried once', async () => {
    setCsrfToken('old');
    const seen = fakeServer(
      failure(403, 'csrf_invalid'),
      json(200, { user: {}, account: {}, csrfToken: 'new' }),
      json(201, { id: '1' }),
    );
    assert.deepEqual(await api('POST', '/deals', { body: { title: 'A' } }), { id: '1' });
    assert.deepEqual(
      seen.map((s) => [s.method, s.url, s.headers['x-csrf-token']]),
      [
        ['POST', '/api/deals', 'old'],
        ['GET', '/api/auth/session', undefined],
        ['POST', '/api/deals', 'new'],
      ],
    );
  });

  test('a network failure is an ApiError that says so; a non-JSON error keeps its status', async () => {
    fakeServer(new TypeError('Failed to fetch'), new Response('<html>Bad gateway</html>', { status: 502 }));
    const offline = await failureOf(api('GET', '/deals'));
    assert.equal(offline.code, 'network_error');
    assert.match(offline.message, /Cannot reach the server/);
    const proxy = await failureOf(api('GET', '/deals'));
    assert.equal(proxy.status, 502);
    assert.equal(proxy.code, 'http_error');
  });
});
