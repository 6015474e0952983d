import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../store/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { createAccount } from '../../workspace/accounts/create-account.js';
import { LeasePool } from './lease-pool.js';
import type { Counter } from './usage-windows.js';

const run = promisify(execFile);
const WORKER = path.join(import.meta.dirname, 'lease-race.worker.ts');
const TSX = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');

describe('LeasePool', () => {
  let database: TestDatabase;
  let store: ReturnType<typeof openDatabase>;
  let accountId: string;
  before(async () => {
    database = await createTestDatabase();
    store = openDatabase(database.url, { poolSize: 5 });
    const { account } = await createAccount(store.db, {
      name: 'Limits',
      admin: {
        email: `limits-${Date.now()}@example.test`,
        name: 'L',
        password: 'correct horse battery staple',
      },
    });
    accountId = account.id;
  });
  after(async () => {
    await store.close();
    await database.drop();
  });
  const used = async (scope: string) =>
    Number(
      (
        await store.db.execute(
          sql`select coalesce(sum(used),0)::int as n from usage_buckets where account_id = ${accountId} and scope = ${scope}`,
        )
      ).rows[0]?.n,
    );
  const counter = (scope: string, max: number): Counter => ({
    accountId,
    scope,
    metric: 'requests',
    windows: [
      { label: 'account requests per hour', max, sliding: 3_600_000 },
      { label: 'account requests per day', max: max * 10, sliding: 86_400_000 },
    ],
  });

  it('500 simultaneous requests from two processes against a limit of 100 admit exactly 100', async () => {
    const scope = 'account';
    const args = [WORKER, database.url, accountId, '250', '100'];
    const [a, b] = await Promise.all([run(TSX, args), run(TSX, args)]);
    const ra = JSON.parse(a.stdout) as { admitted: number; retryAfterMs: number | null };
    const rb = JSON.parse(b.stdout) as { admitted: number; retryAfterMs: number | null };
    assert.equal(ra.admitted + rb.admitted, 100, `admitted ${ra.admitted} + ${rb.admitted}`);
    assert.ok((ra.retryAfterMs ?? rb.retryAfterMs ?? 0) > 3_000_000, 'the limit frees up in about an hour');
    // Unused leases were handed back at close: the database counts exactly what was admitted.
    assert.equal(await used(scope), 100);
  });

  it('hands back unused leases and releases failed requests', async () => {
    const pool = new LeasePool(store.db, { ttlMs: 300 });
    const c = counter('user:release', 50);
    assert.ok((await pool.take(c, 1)).ok);
    assert.equal(await used('user:release'), 10, 'a block of 10 is leased');
    pool.release(c, 1);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await used('user:release'), 0, 'the expired lease went back');
    await pool.close();
  });

  it('leases the next block ahead while far from a limit, never near one', async () => {
    const pool = new LeasePool(store.db);
    const far = counter('user:ahead', 1000);
    const near = counter('user:near', 30);
    for (let i = 0; i < 6; i++) {
      assert.ok((await pool.take(far, 1)).ok);
      assert.ok((await pool.take(near, 1)).ok);
    }
    for (let i = 0; i < 50 && (await used('user:ahead')) < 20; i++)
      await new Promise((r) => setTimeout(r, 20));
    assert.equal(await used('user:ahead'), 20, 'a second block was leased before the first ran out');
    assert.equal(await used('user:near'), 10, 'near the limit, one block at a time');
    await pool.close();
    assert.deepEqual([await used('user:ahead'), await used('user:near')], [6, 6]);
  });

  it('names the limit that is hit; the day window counts too', async () => {
    const pool = new LeasePool(store.db);
    const c: Counter = {
      accountId,
      scope: 'user:day',
      metric: 'requests',
      windows: [
        { label: 'your requests per hour', max: 100, sliding: 3_600_000 },
        { label: 'your requests per day', max: 3, sliding: 86_400_000 },
      ],
    };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await pool.take(c, 1));
    assert.deepEqual(
      results.map((r) => r.ok),
      [true, true, true, false],
    );
    const last = results[3]!;
    assert.equal(!last.ok && last.label, 'your requests per day');
    await pool.close();
  });
});
