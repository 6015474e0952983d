import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { SecretBox } from '../../ai/settings/secret-box.js';
import type { Actor } from '../../shared/actor.js';
import { MIGRATIONS_FOLDER, openDatabase, runMigrations } from '../../store/database.js';
import { withDatabase } from '../../testing/test-database.js';
import { createAccount } from '../../workspace/accounts/create-account.js';
import { buildContent } from './build-content.js';
import { SigningKeys } from './signing-keys.js';
import { verifyProvenance } from './verify-provenance.js';

const ANSWER =
  'Hi Tom, thank you for the call today. As agreed I will send the revised proposal with the 40 seat analytics package by Friday, and we will schedule the security review with your IT team next week. Best regards, Anna';

/** The migrations folder as it was up to and including `last`. */
function migrationsUpTo(last: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-migrations-'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === last);
  journal.entries = journal.entries.slice(0, end + 1);
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries as { tag: string }[])
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

describe('verifyProvenance on contents stored before the LSH bands became a column (migration 0006)', () => {
  const adminUrl = process.env.COHELM_TEST_ADMIN_URL!;
  const name = `cohelm_t_${randomBytes(6).toString('hex')}`;
  const url = withDatabase(adminUrl, name);
  let handle: ReturnType<typeof openDatabase>;
  let keys: SigningKeys;
  let actor: Actor;
  let contentId: string;

  before(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const folder = migrationsUpTo('0005_speech');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrate(drizzle(client), { migrationsFolder: folder });
    fs.rmSync(folder, { recursive: true, force: true });

    handle = openDatabase(url, { poolSize: 2 });
    keys = new SigningKeys(handle.db, SecretBox.fromSecret('provenance migration test'));
    const { account, admin: user } = await createAccount(handle.db, {
      name: 'Old contents',
      admin: { email: 'old@example.test', name: 'O', password: 'correct horse battery staple' },
    });
    actor = { accountId: account.id, userId: user.id, role: 'admin', departmentId: null, via: 'session' };
    contentId = randomUUID();
    const c = buildContent({
      id: contentId,
      requestId: randomUUID(),
      accountId: account.id,
      surface: 'deal',
      initiator: { type: 'user', userId: user.id },
      technologyId: 'local',
      kind: 'chat',
      model: 'test',
      text: ANSWER,
      output: null,
      advisory: false,
      key: await keys.get(account.id),
    });
    // As the ledger wrote it before 0006: the content, and one row per band.
    await client.query(
      `insert into ai_contents (id, account_id, request_id, surface, initiator, technology_id, model, text,
         content_hash, minhash, manifest, signature, label, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        c.id,
        c.accountId,
        c.requestId,
        c.surface,
        JSON.stringify(c.initiator),
        c.technologyId,
        c.model,
        c.text,
        c.contentHash,
        c.minhash,
        JSON.stringify(c.manifest),
        c.signature,
        c.label,
        c.createdAt,
      ],
    );
    await client.query(
      `insert into ai_content_bands (account_id, band, content_id) select $1, unnest($2::text[]), $3`,
      [c.accountId, c.bands, c.id],
    );
    await client.end();
    await runMigrations(url);
  });

  after(async () => {
    await handle?.close();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it('moves every band of an old content into its row', async () => {
    const { rows } = await handle.db.execute<{ bands: string[] }>(
      sql`select bands from ai_contents where id = ${contentId}`,
    );
    assert.equal(rows[0]?.bands.length, 32);
    assert.deepEqual(
      rows[0]?.bands.map((b) => Number(b.split(':')[0])),
      Array.from({ length: 32 }, (_, i) => i),
    );
  });

  it('finds an old content by its exact text and after light edits, with its signature valid', async () => {
    const exact = await verifyProvenance(handle.db, keys, actor, ANSWER);
    assert.equal(exact.match, 'exact');
    const edited = ANSWER.replace('Hi Tom', 'Hello Tom')
      .replace('next week', 'early next week')
      .replace('Best regards', 'Kind regards');
    const similar = await verifyProvenance(handle.db, keys, actor, edited);
    assert.equal(similar.match, 'similar');
    assert.ok(similar.generatedByCohelm);
    assert.equal(similar.content.id, contentId);
    assert.equal(similar.signatureValid, true);
    const none = await verifyProvenance(
      handle.db,
      keys,
      actor,
      'Our quarterly town hall moves to the big meeting room on Thursday.',
    );
    assert.equal(none.generatedByCohelm, false);
  });

  it('does not find another account’s content', async () => {
    const other: Actor = { ...actor, accountId: randomUUID() };
    const result = await verifyProvenance(handle.db, keys, other, ANSWER.replace('Hi Tom', 'Hello Tom'));
    assert.equal(result.generatedByCohelm, false);
  });
});
