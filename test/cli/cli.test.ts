/** The real `cohelm` CLI, run as child processes against a test database and against its own embedded one. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../src/store/database.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { resolveApiKey } from '../../src/workspace/auth/api-keys.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/cohelm.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('cohelm CLI', { timeout: 240_000 }, () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  before(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url };
  });
  after(() => database.drop());

  test('account create, user create, reset-password, apikey create; mistakes exit 2 with a message', async () => {
    const acc = cli(['account', 'create', '--name', 'Initech', '--admin-email', 'boss@initech.test'], env);
    assert.equal(acc.status, 0, acc.stderr);
    assert.match(acc.stdout, /password: \S{10,}/);
    const user = cli(
      [
        'user',
        'create',
        '--email',
        'peter@initech.test',
        '--name',
        'Peter Gibbons',
        '--password',
        'tps-reports-123',
      ],
      env,
    );
    assert.equal(user.status, 0, user.stderr);
    const reset = cli(['user', 'reset-password', '--email', 'peter@initech.test'], env);
    assert.equal(reset.status, 0, reset.stderr);
    assert.match(reset.stdout, /New password: \S{10,}/);
    const key = cli(['apikey', 'create', '--user', 'peter@initech.test', '--name', 'sync'], env);
    assert.equal(key.status, 0, key.stderr);
    const secret = key.stdout.trim();
    assert.match(secret, /^chk_/);
    const store = openDatabase(database.url);
    try {
      const actor = await resolveApiKey(store.db, secret);
      assert.equal(actor?.role, 'user');
      const rows = await store.pool.query('select count(*)::int as n from api_keys where key_hash = $1', [
        secret,
      ]);
      assert.equal(rows.rows[0].n, 0, 'the key itself is never stored');
    } finally {
      await store.close();
    }

    for (const args of [
      ['user', 'create', '--email', 'not-an-email', '--name', 'X'],
      ['user', 'create', '--email', 'peter@initech.test', '--name', 'Again'],
      ['user', 'reset-password', '--email', 'nobody@initech.test'],
      ['apikey', 'create', '--user', 'nobody@initech.test'],
      ['user', 'create', '--email', 'x@initech.test', '--name', 'X', '--role', 'emperor'],
    ]) {
      const res = cli(args, env);
      assert.equal(res.status, 2, `${args.join(' ')} → ${res.status} ${res.stderr}`);
      assert.ok(
        res.stderr.trim().length > 0 && !res.stderr.includes('    at '),
        `a message, not a stack: ${res.stderr}`,
      );
    }
  });

  test('audit verify and export, plan list and set, data export; a broken chain exits 1', async () => {
    const acc = cli(
      ['account', 'create', '--name', 'Ledgerco', '--admin-email', 'ledger@ledgerco.test'],
      env,
    );
    assert.equal(acc.status, 0, acc.stderr);
    const store = openDatabase(database.url);
    try {
      const [{ id }] = (await store.pool.query("select id from accounts where name = 'Ledgerco'")).rows;
      const { recordDecisionForAccount } = await import('../../src/governance/ledger/record-decision.js');
      await store.db.transaction(async (tx) => {
        for (let i = 0; i < 3; i++)
          await recordDecisionForAccount(tx, id, 'setting_changed', { setting: `s${i}` });
      });
      const ok = cli(['audit', 'verify', '--account', 'Ledgerco'], env);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /ok\s+Ledgerco: 3 entries/);
      const exported = cli(['audit', 'export', '--account', 'Ledgerco'], env);
      assert.equal(exported.stdout.trim().split('\n').length, 3);
      const plans = cli(['plan', 'set', 'free', '--user-requests-per-hour', '42'], env);
      assert.equal(plans.status, 0, plans.stderr);
      assert.match(cli(['plan', 'list'], env).stdout, /free\t.*"requestsPerHour":42/);
      assert.equal(cli(['plan', 'set', 'nope', '--requests-per-hour', '1'], env).status, 2);
      const data = cli(['data', 'export', '--anonymized', '--account', 'Ledgerco'], env);
      assert.equal(data.status, 0, data.stderr);
      assert.match(data.stderr, /has not opted in/);
      await store.pool.query(
        'update audit_ledger set entry = \'{"type":"forged"}\' where account_id = $1 and seq = 2',
        [id],
      );
      const broken = cli(['audit', 'verify', '--account', 'Ledgerco'], env);
      assert.equal(broken.status, 1);
      assert.match(broken.stdout, /BROKEN\s+Ledgerco: entry 2/);
    } finally {
      await store.close();
    }
  });

  test('works with no server running: starts and stops its own embedded database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-cli-'));
    const local = { COHELM_DATA_DIR: dir, DATABASE_URL: '' };
    assert.equal(cli(['migrate'], local).status, 0);
    const made = cli(
      [
        'account',
        'create',
        '--name',
        'Local',
        '--admin-email',
        'local@example.test',
        '--admin-password',
        'local-password-1',
      ],
      local,
    );
    assert.equal(made.status, 0, made.stderr);
    const listed = cli(['user', 'list'], local);
    assert.match(listed.stdout, /local@example\.test/);
    const pidFile = path.join(dir, 'pg', 'postmaster.pid');
    assert.ok(!fs.existsSync(pidFile), 'the embedded database was stopped');
    assert.ok(!fs.existsSync(path.join(dir, 'cohelm.lock')));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
