/**
 * kill -9 of `cohelm serve` during 50 concurrent writers loses no write that was answered 2xx, and the
 * next start recovers the embedded PostgreSQL the killed process left running.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { isProcessAlive, readLock } from '../../src/store/data-lock.js';
import { embeddedUrl, freePort } from '../../src/store/embedded-postgres.js';
import {
  exitOf,
  login,
  type ServerProcess,
  serve,
  stopOrphanedDatabase,
  waitHealthy,
} from './server-process.js';

const ADMIN = { email: 'kill9@example.test', password: 'kill-nine-password' };

describe('kill -9 during concurrent writes', { timeout: 180_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-kill9-'));
  let server: ServerProcess | undefined;
  after(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    stopOrphanedDatabase(dataDir);
  });

  test('every acknowledged write survives; restart recovers the orphaned database', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = serve(dataDir, port, ADMIN);
    await waitHealthy(base, server);
    const headers = await login(base, ADMIN);

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
    server = serve(dataDir, port2, ADMIN);
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
      headers: await login(base2, ADMIN),
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
