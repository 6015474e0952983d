import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../store/database.js';
import {
  BUCKET_MS,
  bucketOf,
  type Counter,
  type LimitWindow,
  nextMonthStart,
  windowStart,
} from './usage-windows.js';

export type TakeResult =
  | { ok: true /** Use of the counter's first window, this lease included. */; use: number }
  | { ok: false; label: string; max: number; retryAfterMs: number };

type Pool = {
  counter: Counter;
  available: number;
  bucket: Date;
  expiresAt: number;
  use: number;
  /** Room the limit had left after this lease: far from the limit, the next block is leased ahead. */
  headroom: number;
};

const keyOf = (c: Counter) => `${c.accountId}|${c.scope}|${c.metric}`;

export type LeaseOptions = { block: Record<Counter['metric'], number>; ttlMs: number };
const DEFAULTS: LeaseOptions = { block: { requests: 10, tokens: 20_000 }, ttlMs: 5000 };

/**
 * Fair-usage counting without a row lock per request: each process leases a small block of a limit
 * (under an advisory lock, so that leases from all processes never sum past it), spends it locally,
 * and hands back what it did not use when the lease expires. A crashed process's unused lease stays
 * counted until the window passes: it can only under-spend, never over-spend.
 */
export class LeasePool {
  private readonly pools = new Map<string, Pool>();
  private readonly leasing = new Map<string, Promise<unknown>>();
  private readonly timer: NodeJS.Timeout;
  private readonly options: LeaseOptions;

  constructor(
    private readonly db: Database,
    options: Partial<LeaseOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.timer = setInterval(
      () => void this.returnExpired().catch(() => {}),
      Math.max(250, this.options.ttlMs / 2),
    );
    this.timer.unref();
  }

  /** Reserves `amount` on the counter, from this process's lease or a new one. */
  async take(counter: Counter, amount: number): Promise<TakeResult> {
    const key = keyOf(counter);
    for (let round = 0; round < 5; round++) {
      const pool = this.pools.get(key);
      if (pool && pool.available >= amount && Date.now() < pool.expiresAt) {
        pool.available -= amount;
        pool.use += amount;
        this.topUp(key, pool);
        return { ok: true, use: pool.use };
      }
      const inFlight = this.leasing.get(key);
      if (inFlight) {
        await inFlight;
        continue;
      }
      const lease = this.lease(counter, amount);
      this.leasing.set(key, lease);
      let result: TakeResult;
      try {
        result = await lease;
      } finally {
        this.leasing.delete(key);
      }
      // The lease itself reserved `amount` for this caller; the rest is in the pool for others.
      return result;
    }
    return this.lease(counter, amount, true);
  }

  /** Gives back what a reservation did not use (a failed request, fewer tokens than estimated). */
  release(counter: Counter, amount: number): void {
    if (amount <= 0) return;
    const pool = this.pools.get(keyOf(counter));
    if (pool) {
      pool.available += amount;
      pool.use -= amount;
    } else void this.returnToDb(counter, bucketOf(counter.metric, Date.now()), amount).catch(() => {});
  }

  /** Usage that already happened beyond its reservation (a longer answer than estimated): counted, not checked. */
  async add(counter: Counter, amount: number): Promise<void> {
    if (amount <= 0) return;
    const pool = this.pools.get(keyOf(counter));
    if (pool && pool.available >= amount) {
      pool.available -= amount;
      pool.use += amount;
      return;
    }
    await this.db.execute(sql`
      insert into usage_buckets (account_id, scope, metric, bucket, used)
      values (${counter.accountId}, ${counter.scope}, ${counter.metric}, ${bucketOf(counter.metric, Date.now())}, ${amount})
      on conflict (account_id, scope, metric, bucket) do update set used = usage_buckets.used + excluded.used`);
  }

  private async lease(counter: Counter, amount: number, exact = false): Promise<TakeResult> {
    const key = keyOf(counter);
    const old = this.pools.get(key);
    this.pools.delete(key);
    const want = exact ? amount : Math.max(amount, this.options.block[counter.metric]);
    const now = Date.now();
    const outcome = await this.leaseInDb(counter, want, amount, now, old);
    if (!outcome.ok) return outcome;
    if (outcome.grant > amount)
      this.pools.set(key, {
        counter,
        available: outcome.grant - amount,
        bucket: outcome.bucket,
        expiresAt: now + this.options.ttlMs,
        use: outcome.use,
        headroom: outcome.headroom,
      });
    return { ok: true, use: outcome.use };
  }

  /**
   * Leases the next block in the background once a pool is half spent, so that requests find it ready
   * instead of waiting for the database. Only far from the limit: near it, nothing is leased ahead and
   * no process sits on room another one needs.
   */
  private topUp(key: string, pool: Pool): void {
    const block = this.options.block[pool.counter.metric];
    if (pool.available * 2 >= block || pool.headroom < 4 * block || this.leasing.has(key)) return;
    const now = Date.now();
    const extension = this.leaseInDb(pool.counter, block, 1, now).then(
      (outcome) => {
        if (!outcome.ok) return;
        const current = this.pools.get(key);
        if (current && current.bucket.getTime() === outcome.bucket.getTime()) {
          current.available += outcome.grant;
          current.expiresAt = now + this.options.ttlMs;
          current.use = Math.max(current.use, outcome.use);
          current.headroom = outcome.headroom;
          return;
        }
        // A new bucket (the minute turned): what is left of the old lease goes back to its bucket.
        if (current && current.available > 0)
          void this.returnToDb(current.counter, current.bucket, current.available).catch(() => {});
        this.pools.set(key, {
          counter: pool.counter,
          available: outcome.grant,
          bucket: outcome.bucket,
          expiresAt: now + this.options.ttlMs,
          use: outcome.use,
          headroom: outcome.headroom,
        });
      },
      // A failed top-up changes nothing: the request that finds the pool empty leases for itself.
      () => {},
    );
    this.leasing.set(key, extension);
    void extension.finally(() => this.leasing.delete(key));
  }

  /**
   * Counts up to `want` (at least `amount`, or nothing) in the current bucket under the counter's
   * advisory lock, so that leases from every process never sum past a limit; `old` is what is left of
   * the previous lease, handed back in the same transaction.
   */
  private async leaseInDb(counter: Counter, want: number, amount: number, now: number, old?: Pool) {
    const key = keyOf(counter);
    const bucket = bucketOf(counter.metric, now);
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
      if (old && old.available > 0) await returnIn(tx, old.counter, old.bucket, old.available);
      const uses = await windowUses(tx, counter, now);
      const room = Math.min(...counter.windows.map((w, i) => w.max - uses[i]!));
      const grant = Math.min(want, room);
      if (grant < amount) {
        const i = counter.windows.findIndex((w, j) => w.max - uses[j]! < amount);
        const w = counter.windows[i]!;
        return {
          ok: false as const,
          label: w.label,
          max: w.max,
          retryAfterMs: await retryAfter(tx, counter, w, now),
        };
      }
      await tx.execute(sql`
        insert into usage_buckets (account_id, scope, metric, bucket, used)
        values (${counter.accountId}, ${counter.scope}, ${counter.metric}, ${bucket}, ${grant})
        on conflict (account_id, scope, metric, bucket) do update set used = usage_buckets.used + excluded.used`);
      return { ok: true as const, grant, bucket, use: uses[0]! + amount, headroom: room - grant };
    });
  }

  private async returnToDb(counter: Counter, bucket: Date, amount: number) {
    await this.db.transaction((tx) => returnIn(tx, counter, bucket, amount));
  }

  private async returnExpired(): Promise<void> {
    const now = Date.now();
    for (const [key, pool] of this.pools) {
      if (pool.expiresAt > now || this.leasing.has(key)) continue;
      this.pools.delete(key);
      if (pool.available > 0) await this.returnToDb(pool.counter, pool.bucket, pool.available);
    }
  }

  /** Hands every unused lease back (at shutdown). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.allSettled(this.leasing.values());
    const pools = [...this.pools.values()];
    this.pools.clear();
    for (const p of pools)
      if (p.available > 0) await this.returnToDb(p.counter, p.bucket, p.available).catch(() => {});
  }
}

async function returnIn(tx: Tx, c: Counter, bucket: Date, amount: number) {
  await tx.execute(sql`
    update usage_buckets set used = greatest(0, used - ${amount})
    where account_id = ${c.accountId} and scope = ${c.scope} and metric = ${c.metric} and bucket = ${bucket}`);
}

/** Use of each window of the counter, in one query. */
async function windowUses(tx: Tx, c: Counter, now: number): Promise<number[]> {
  const starts = c.windows.map((w) => windowStart(w, c.metric, now));
  const earliest = new Date(Math.min(...starts.map((d) => d.getTime())));
  const sums = starts.map(
    (s, i) => sql`coalesce(sum(used) filter (where bucket >= ${s}), 0)::bigint as w${sql.raw(String(i))}`,
  );
  const r = await tx.execute(sql`
    select ${sql.join(sums, sql`, `)} from usage_buckets
    where account_id = ${c.accountId} and scope = ${c.scope} and metric = ${c.metric} and bucket >= ${earliest}`);
  const row = r.rows[0] as Record<string, string | number>;
  return starts.map((_, i) => Number(row[`w${i}`] ?? 0));
}

/** When enough of the window's oldest usage leaves it for one more request. */
async function retryAfter(tx: Tx, c: Counter, w: LimitWindow, now: number): Promise<number> {
  if ('month' in w) return nextMonthStart(now).getTime() - now;
  const r = await tx.execute(sql`
    select min(bucket) as oldest from usage_buckets
    where account_id = ${c.accountId} and scope = ${c.scope} and metric = ${c.metric}
      and bucket >= ${windowStart(w, c.metric, now)} and used > 0`);
  const oldest = (r.rows[0] as { oldest: Date | string | null }).oldest;
  if (!oldest) return BUCKET_MS[c.metric];
  return Math.max(1000, new Date(oldest).getTime() + w.sliding - now);
}
