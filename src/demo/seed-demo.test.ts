import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { signIn, startTestApp, type TestContext } from '../testing/harness.js';
import { seedDemo } from './seed-demo.js';

describe('demo account', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await startTestApp();
  });
  after(() => ctx.close());

  test('is realistic, complete, in one account, and its admin can sign in', async () => {
    const seeded = await seedDemo(ctx.store.db, { adminPassword: 'demo-admin-password', onlyIfEmpty: true });
    assert.ok(seeded);
    const count = async (table: string) =>
      (
        await ctx.store.pool.query(`select count(*)::int as n from ${table} where account_id = $1`, [
          seeded.accountId,
        ])
      ).rows[0].n;
    assert.ok((await count('users')) >= 2);
    assert.ok((await count('contacts')) >= 20);
    assert.ok((await count('deals')) >= 15);
    assert.ok((await count('tasks')) >= 30);
    assert.ok((await count('calls')) >= 10);
    assert.ok((await count('messages')) >= 20);
    const stages = await ctx.store.pool.query(
      'select count(distinct stage_id)::int as n from deals where account_id = $1',
      [seeded.accountId],
    );
    assert.equal(stages.rows[0].n, 6, 'deals in every pipeline stage');
    const transcripts = await ctx.store.pool.query(
      'select transcript, transcript_segments from calls where account_id = $1 and recording_path is null',
      [seeded.accountId],
    );
    for (const row of transcripts.rows) {
      assert.ok(row.transcript.split(/\s+/).length >= 300, 'each transcript has at least 300 words');
      assert.ok(row.transcript_segments.length >= 10);
    }
    const session = await signIn(ctx.app, seeded.admin.email, 'demo-admin-password');
    const deals = await ctx.app.inject({
      method: 'GET',
      url: '/api/deals?limit=100',
      headers: { cookie: session.cookie },
    });
    assert.equal(deals.json().total, 15);
    // A second first-start seed is a no-op.
    assert.equal(await seedDemo(ctx.store.db, { onlyIfEmpty: true }), undefined);
  });

  test('with a recordings folder, one call has a recording with consent, waiting to be transcribed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-demo-recordings-'));
    try {
      const seeded = await seedDemo(ctx.store.db, { emailTag: 'recorded', recordingsDir: dir });
      assert.ok(seeded);
      const { rows } = await ctx.store.pool.query(
        'select recording_path, recording_consent, recording_bytes, transcript from calls where account_id = $1 and recording_path is not null',
        [seeded.accountId],
      );
      assert.equal(rows.length, 1);
      assert.equal(rows[0].recording_consent, true);
      assert.equal(rows[0].transcript, null);
      const file = path.join(dir, rows[0].recording_path);
      assert.equal(fs.statSync(file).size, rows[0].recording_bytes);
      assert.equal(fs.readFileSync(file).toString('latin1', 0, 4), 'OggS');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
