/**
 * A separate process for the lease-pool concurrency test: fires N simultaneous reservations at one
 * counter and prints how many were admitted. Usage: tsx lease-race.worker.ts <dbUrl> <accountId> <n> <limit>
 */
import { openDatabase } from '../../store/database.js';
import { LeasePool } from './lease-pool.js';
import type { Counter } from './usage-windows.js';

const [url, accountId, n, limit] = process.argv.slice(2);
const store = openDatabase(url!, { poolSize: 10 });
const pool = new LeasePool(store.db, { ttlMs: 60_000 });
const counter: Counter = {
  accountId: accountId!,
  scope: 'account',
  metric: 'requests',
  windows: [{ label: 'account requests per hour', max: Number(limit), sliding: 3_600_000 }],
};
const results = await Promise.all(Array.from({ length: Number(n) }, () => pool.take(counter, 1)));
const admitted = results.filter((r) => r.ok).length;
const denied = results.find((r) => !r.ok);
await pool.close();
await store.close();
process.stdout.write(
  `${JSON.stringify({ admitted, retryAfterMs: denied && !denied.ok ? denied.retryAfterMs : null })}\n`,
);
