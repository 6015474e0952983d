import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../store/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { createAccount } from '../../workspace/accounts/create-account.js';
import { LedgerWriter } from './ledger-writer.js';
import { recordDecisionForAccount } from './record-decision.js';
import { verifyLedger } from './verify-ledger.js';
import type { LedgerItem } from './write-entries.js';

describe('LedgerWriter', () => {
  let database: TestDatabase;
  // Two pools and two writers: two processes appending to one account's chain.
  let one: ReturnType<typeof openDatabase>;
  let two: ReturnType<typeof openDatabase>;
  let accountId: string;
  before(async () => {
    database = await createTestDatabase();
    one = openDatabase(database.url, { poolSize: 4 });
    two = openDatabase(database.url, { poolSize: 4 });
    const { account } = await createAccount(one.db, {
      name: 'Ledger',
      admin: {
        email: `ledger-${Date.now()}@example.test`,
        name: 'L',
        password: 'correct horse battery staple',
      },
    });
    accountId = account.id;
  });
  after(async () => {
    await one.close();
    await two.close();
    await database.drop();
  });

  const count = async (table: string) =>
    Number(
      (
        await one.db.execute(
          sql`select count(*)::int as n from ${sql.raw(table)} where account_id = ${accountId}`,
        )
      ).rows[0]?.n,
    );

  const answered = (n: number): LedgerItem => {
    const requestId = crypto.randomUUID();
    const contentId = crypto.randomUUID();
    const initiator = { type: 'system' as const, event: 'test' };
    return {
      accountId,
      entry: { type: 'ai_request', requestId, n },
      request: {
        id: requestId,
        accountId,
        initiator,
        surface: 'deal',
        kind: 'chat',
        status: 'answered',
        decisions: [],
        contentId,
      },
      content: {
        id: contentId,
        accountId,
        requestId,
        surface: 'deal',
        initiator,
        technologyId: 'local',
        model: 'test',
        text: `answer ${n}`,
        contentHash: '0'.repeat(64),
        minhash: [n],
        manifest: {},
        signature: 'test',
        label: 'test',
        bands: [`0:${n}`, `1:${n}`],
      },
    };
  };

  it('two writers and decisions in other transactions append to one chain without gaps or forks', async () => {
    const a = new LedgerWriter(one.db);
    const b = new LedgerWriter(two.db);
    const start = await count('audit_ledger');
    const appends: Promise<unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      appends.push((i % 2 ? a : b).append(answered(i)));
      if (i % 10 === 0)
        appends.push(
          one.db.transaction((tx) => recordDecisionForAccount(tx, accountId, 'test_decision', { i })),
        );
      if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const results = (await Promise.all(appends)).filter((r): r is { seq: number } => r !== undefined);
    const seqs = results.map((r) => r.seq);
    assert.equal(new Set(seqs).size, 60, 'every entry has its own place in the chain');
    assert.equal((await count('audit_ledger')) - start, 66);
    assert.equal(await count('ai_contents'), 60);
    const bands = await one.db.execute(
      sql`select coalesce(sum(cardinality(bands)), 0)::int as n from ai_contents where account_id = ${accountId}`,
    );
    assert.equal(bands.rows[0]?.n, 120);
    assert.equal(await count('ai_requests'), 60);
    assert.deepEqual(await verifyLedger(one.db, accountId), { ok: true, entries: start + 66 });
  });

  for (const outcome of ['commits', 'rolls back'] as const)
    it(`an append waits for another transaction that inserted the account's first head and ${outcome}`, async () => {
      const { account } = await createAccount(one.db, {
        name: `Fresh ${outcome}`,
        admin: {
          email: `fresh-${crypto.randomUUID()}@example.test`,
          name: 'F',
          password: 'correct horse battery staple',
        },
      });
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let inserted!: () => void;
      const headInserted = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const first = one.db
        .transaction(async (tx) => {
          await recordDecisionForAccount(tx, account.id, 'first', {});
          inserted();
          await released;
          if (outcome === 'rolls back') tx.rollback();
        })
        .catch((e: unknown) => e);
      await headInserted;
      // The first transaction holds the uncommitted head; this process already counts it as known.
      const second = two.db.transaction((tx) => recordDecisionForAccount(tx, account.id, 'second', {}));
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      await second;
      await first;
      const entries = outcome === 'commits' ? 2 : 1;
      assert.deepEqual(await verifyLedger(one.db, account.id), { ok: true, entries });
    });

  it('fifty requests at once are chained in the order they arrived', async () => {
    const writer = new LedgerWriter(one.db);
    await writer.append(answered(200));
    const start = await count('audit_ledger');
    const heads = await Promise.all(Array.from({ length: 50 }, (_, i) => writer.append(answered(300 + i))));
    const first = heads[0]!.seq;
    assert.deepEqual(
      heads.map((h) => h.seq),
      Array.from({ length: 50 }, (_, i) => first + i),
    );
    assert.equal((await count('audit_ledger')) - start, 50);
    assert.deepEqual(await verifyLedger(one.db, accountId), { ok: true, entries: start + 50 });
  });

  it('a batch that fails writes nothing and the next one links to the chain as it is', async () => {
    const writer = new LedgerWriter(one.db);
    await writer.append(answered(100));
    const duplicate = answered(101);
    await writer.append(duplicate);
    const entries = await count('audit_ledger');
    await assert.rejects(writer.append({ ...answered(102), request: duplicate.request }));
    assert.equal(await count('audit_ledger'), entries);
    await writer.append(answered(103));
    assert.deepEqual(await verifyLedger(one.db, accountId), { ok: true, entries: entries + 1 });
  });
});
