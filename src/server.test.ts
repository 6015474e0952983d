import assert from 'node:assert/strict';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from './config.js';
import { type RunningServer, startServer } from './server.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

describe('server lifecycle', () => {
  let database: TestDatabase;
  let server: RunningServer;
  const lines: string[] = [];
  before(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: database.url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      COHELM_DATA_DIR: path.join(os.tmpdir(), `cohelm-server-${process.pid}`),
      COHELM_ADMIN_EMAIL: 'first@example.test',
      COHELM_ADMIN_PASSWORD: 'first-start-password',
      // Delivery must come from the post-commit signal, not from polling.
      COHELM_EVENT_POLL_MS: '600000',
    });
    server = await startServer(config, (l) => lines.push(l));
  });
  after(async () => {
    await server.stop();
    await database.drop();
  });

  test('first start seeds the demo account and prints working credentials', async () => {
    const printed = lines.join('\n');
    assert.match(printed, /Sign in as first@example\.test with password first-start-password/);
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.test', password: 'first-start-password' }),
    });
    assert.equal(res.status, 200);
  });

  test('events are delivered right after the write commits, across the LISTEN connection', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.test', password: 'first-start-password' }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await fetch(`${server.url}/api/deals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ title: 'Signal check' }),
    });
    const deal = (await res.json()) as { id: string };
    const deadline = Date.now() + 3000;
    let dispatched = false;
    while (!dispatched && Date.now() < deadline) {
      const r = await server.store.pool.query('select dispatched_at from events where entity_id = $1', [
        deal.id,
      ]);
      dispatched = r.rows[0]?.dispatched_at != null;
      if (!dispatched) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(dispatched, 'dispatched within 3 s although the poll interval is 10 minutes');
  });

  test('stop() lets an in-flight request finish before closing', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.test', password: 'first-start-password' }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const body = JSON.stringify({ title: 'Written while shutting down' });
    const url = new URL(`${server.url}/api/deals`);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            cookie,
            'x-csrf-token': csrfToken,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // Half the body now, the rest after shutdown has begun.
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const stopping = server.stop();
    const result = await response;
    await stopping;
    assert.equal(result.status, 201, result.body);
    await assert.rejects(fetch(`${server.url}/api/health`), 'no longer listening');
  });
});
