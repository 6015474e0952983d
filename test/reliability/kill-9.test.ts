/**
 * kill -9 of `cohelm serve` during 50 concurrent writers loses no write that was answered 2xx, and the
 * next start recovers the embedded PostgreSQL the killed process left running.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { isProcessAlive, readLock } from '../../src/store/data-lock.js';
import { embeddedUrl, freePort } from '../../src/store/embedded-postgres.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EMAIL = 'kill9@example.test';
const PASSWORD = 'kill-nine-password';

function serve(dataDir: string, port: number): ChildProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/cohelm.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      COHELM_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      COHELM_ADMIN_EMAIL: EMAIL,
      COHELM_ADMIN_PASSWORD: PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  (child as ChildProcess & { output: () => string }).output = () => output;
  return child;
}

async function waitHealthy(base: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited: ${(child as ChildProcess & { output: () => string }).output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function login(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

describe('kill -9 during concurrent writes', { timeout: 180_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-kill9-'));
  let server: ChildProcess | undefined;
  after(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    const lock = readLock(path.join(dataDir, 'cohelm.lock'));
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (isProcessAlive(pid)) process.kill(pid, 'SIGQUIT');
    }
    void lock;
  });

  test('every acknowledged write survives; restart recovers the orphaned database', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = serve(dataDir, port);
    await waitHealthy(base, server);
    const headers = await login(base);

    const acked: string[] = [];
    let stop = false;
    let failures = 0;
    const writer = async (n: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${base}/api/deals`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ title: `writer ${n} #${i}`, amount: i }),
          });
          if (res.status === 201) acked.push(((await res.json()) as { id: string }).id);
          else failures++;
        } catch {
          failures++;
          return; // connection refused/reset: the server is gone
        }
      }
    };
    const writers = Array.from({ length: 50 }, (_, n) => writer(n));
    while (acked.length < 300) await new Promise((r) => setTimeout(r, 20));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exitOf(server);
    assert.ok(
      acked.length >= 300,
      `acknowledged ${acked.length} writes before the kill (${failures} cut off by it)`,
    );

    // The killed server's PostgreSQL is still running, orphaned; the next start must cope with it.
    const orphanPid = Number(
      fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    assert.ok(isProcessAlive(orphanPid), 'the embedded database outlived the killed server');

    const port2 = await freePort();
    const base2 = `http://127.0.0.1:${port2}`;
    server = serve(dataDir, port2);
    await waitHealthy(base2, server);
    assert.ok(!isProcessAlive(orphanPid), 'the orphaned postmaster was shut down and replaced');

    const lock = readLock(path.join(dataDir, 'cohelm.lock'));
    assert.ok(lock && lock.pid === server.pid);
    const client = new pg.Client({ connectionString: embeddedUrl(dataDir, lock.port) });
    await client.connect();
    try {
      const found = await client.query('select id from deals where id = any($1::uuid[])', [acked]);
      const events = await client.query(
        `select count(distinct entity_id)::int as n from events where type = 'deal.created' and entity_id = any($1::text[])`,
        [acked],
      );
      const missing = acked.filter((id) => !found.rows.some((r) => r.id === id));
      assert.deepEqual(missing, [], `${missing.length} of ${acked.length} acknowledged writes were lost`);
      assert.equal(events.rows[0].n, acked.length, 'every acknowledged write has its event');
    } finally {
      await client.end();
    }

    // And the server still works after recovery, then stops cleanly on SIGTERM.
    const again = await fetch(`${base2}/api/deals`, {
      method: 'POST',
      headers: await login(base2),
      body: JSON.stringify({ title: 'after recovery' }),
    });
    assert.equal(again.status, 201);
    server.kill('SIGTERM');
    assert.equal(await exitOf(server), 0);
    assert.ok(
      !fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid')),
      'the embedded database stopped with the server',
    );
    assert.ok(!fs.existsSync(path.join(dataDir, 'cohelm.lock')), 'the data-folder lock was released');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
