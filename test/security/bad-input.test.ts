/**
 * Generated from the OpenAPI document: every route gets malformed input (broken JSON, wrong shapes,
 * unknown fields, wrong types, bad ids, bad query parameters). Every answer must be a 4xx with a
 * stable error code — never a 5xx — and nothing may be written.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ACCOUNT_DATA_TABLES } from '../../src/testing/account-tables.js';
import { seedAccount, startTestApp, type TestContext } from '../../src/testing/harness.js';

type Operation = {
  requestBody?: { content?: Record<string, unknown> };
  parameters?: { in: string; name: string }[];
};

const TABLES = ACCOUNT_DATA_TABLES;

describe('bad input on every route', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let ops: { method: string; path: string; op: Operation }[];
  before(async () => {
    ctx = await startTestApp({ COHELM_DATA_DIR: `.test-data/bad-input-${process.pid}` });
    acme = await seedAccount(ctx);
    const spec = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    ops = Object.entries(spec.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({ method: m.toUpperCase(), path, op })),
    );
  });
  after(() => ctx.close());

  async function counts() {
    const out: Record<string, number> = {};
    for (const t of TABLES) {
      const r = await ctx.store.pool
        .query(`select count(*)::int as n from ${t}`)
        .catch(() => ({ rows: [{ n: -1 }] }));
      out[t] = r.rows[0].n;
    }
    return out;
  }

  test('no malformed request gets a 5xx, every error has a stable code, nothing is written', async () => {
    const before = await counts();
    const problems: string[] = [];
    let sent = 0;
    const check = async (
      label: string,
      method: string,
      url: string,
      payload?: string | Buffer,
      contentType?: string,
    ) => {
      const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
      const res = await acme.admin.request(method, url, payload, headers);
      sent++;
      if (res.statusCode >= 500) problems.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400) {
        const code = res.json()?.error?.code;
        if (typeof code !== 'string')
          problems.push(`${label}: error without a code: ${res.body.slice(0, 200)}`);
      } else if (!['GET', 'DELETE'].includes(method) && payload !== undefined) {
        problems.push(`${label}: accepted (${res.statusCode}) ${res.body.slice(0, 120)}`);
      }
    };

    for (const { method, path, op } of ops) {
      if (path.startsWith('/api/docs') || path === '/api/auth/logout') continue;
      const key = `${method} ${path}`;
      const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
      if (path.includes('{')) {
        // A malformed id is a client error, never a crash.
        await check(`${key} with a malformed id`, method, path.replace(/\{[^}]+\}/g, 'not-a-uuid'));
      }
      if (method === 'GET') {
        await check(
          `${key} with bad query`,
          'GET',
          `${url}?limit=-5&offset=abc&sort=nope&order=sideways&stageId=zz`,
        );
        continue;
      }
      const json = op.requestBody?.content?.['application/json'];
      if (!json) continue;
      const bodies: [string, string][] = [
        ['broken JSON', '{"a":'],
        ['an array', '[1,2,3]'],
        ['a string', '"hello"'],
        ['null', 'null'],
        ['unknown field', JSON.stringify({ definitelyNotAField: true })],
        ['wrong types', JSON.stringify({ title: 42, name: [], body: {}, email: 7, type: 1, id: false })],
        ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
        ['huge number', '{"amount": 1e400}'],
      ];
      for (const [label, body] of bodies)
        await check(`${key} with ${label}`, method, url, body, 'application/json');
      await check(`${key} with a text body`, method, url, 'title=x', 'text/plain');
      // An empty object is valid for partial updates: it may succeed, but must never crash.
      const empty = await acme.admin.request(method, url, {});
      if (empty.statusCode >= 500)
        problems.push(`${key} with {}: ${empty.statusCode} ${empty.body.slice(0, 200)}`);
    }
    assert.deepEqual(problems, []);
    assert.ok(sent > 50, `sent ${sent} malformed requests`);
    assert.deepEqual(await counts(), before, 'malformed requests wrote nothing');
  });
});
