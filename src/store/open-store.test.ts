import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from '../config.js';
import { acquireLock, DataDirLockedError, isProcessAlive } from './data-lock.js';
import { openStore } from './open-store.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-store-'));
const config = (dir: string) => loadConfig({ COHELM_DATA_DIR: dir, LOG_LEVEL: 'silent' });

describe('embedded PostgreSQL management', { timeout: 120_000 }, () => {
  test('starts, migrates, shares with a CLI process, refuses a second owner, and stops cleanly', async () => {
    const dir = tmp();
    const owner = await openStore(config(dir));
    try {
      assert.equal(owner.mode, 'embedded-owned');
      const tables = await owner.pool.query(
        `select count(*)::int as n from information_schema.tables where table_name = 'deals'`,
      );
      assert.equal(tables.rows[0].n, 1, 'migrations ran');

      // A CLI command (another process) while the server runs uses the running database.
      const postmaster = fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0];
      const cli = spawnSync(process.execPath, ['bin/cohelm.js', 'migrate'], {
        env: { ...process.env, COHELM_DATA_DIR: dir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
      assert.equal(cli.status, 0, cli.stderr);
      assert.equal(
        fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
        postmaster,
        'same postmaster',
      );
      assert.equal(
        JSON.parse(fs.readFileSync(path.join(dir, 'cohelm.lock'), 'utf8')).pid,
        process.pid,
        'lock kept',
      );
      // A second owner in the same data folder is refused.
      await assert.rejects(openStore(config(dir)), DataDirLockedError);
    } finally {
      await owner.close();
    }
    assert.ok(!fs.existsSync(path.join(dir, 'pg', 'postmaster.pid')), 'postgres stopped');
    assert.ok(!fs.existsSync(path.join(dir, 'cohelm.lock')), 'lock released');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a data folder held by a live process cannot be taken; a dead holder’s lock is stale', () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, 'cohelm.lock'),
      JSON.stringify({ pid: process.ppid, port: 1, startedAt: '' }),
    );
    assert.throws(() => acquireLock(dir, { port: 0 }), DataDirLockedError);
    // A pid that does not exist any more: taken over.
    let dead = 999_999;
    while (isProcessAlive(dead)) dead--;
    fs.writeFileSync(path.join(dir, 'cohelm.lock'), JSON.stringify({ pid: dead, port: 1, startedAt: '' }));
    const lock = acquireLock(dir, { port: 0 });
    assert.equal(JSON.parse(fs.readFileSync(lock.lockPath, 'utf8')).pid, process.pid);
    lock.release();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('recovers from a stale postmaster.pid and from an interrupted initdb', async () => {
    const dir = tmp();
    const first = await openStore(config(dir));
    await first.pool.query('create table survivor (x int); insert into survivor values (42)');
    await first.close();
    // A pid file left behind by a crash, naming a process that is gone.
    let dead = 999_999;
    while (isProcessAlive(dead)) dead--;
    fs.writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), `${dead}\n${path.join(dir, 'pg')}\n0\n5432\n`);
    // And the leftovers of an initdb that was killed half-way: must be ignored, not mistaken for a cluster.
    fs.mkdirSync(path.join(dir, 'pg.initdb-tmp', 'base'), { recursive: true });
    const second = await openStore(config(dir));
    try {
      const row = await second.pool.query('select x from survivor');
      assert.equal(row.rows[0].x, 42, 'data kept');
    } finally {
      await second.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
