import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { loginThrottle } from '../../store/schema/index.js';

/**
 * Brute-force protection shared by every process: failures are counted per email and per client
 * address in a window; past the limit the key is locked for a time that doubles with each lock.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  perEmail: 5,
  perAddress: 30,
  baseLockMs: 60_000,
  maxLockMs: 60 * 60_000,
} as const;

export const throttleKeys = (email: string, address: string) => ({
  email: `email:${email.toLowerCase()}`,
  address: `ip:${address}`,
});

export async function assertNotThrottled(db: DbOrTx, keys: string[], now = new Date()): Promise<void> {
  const rows = await db
    .select()
    .from(loginThrottle)
    .where(sql`${loginThrottle.key} = any(${sql.param(keys)}::text[])`);
  const until = Math.max(
    0,
    ...rows.map((r) => (r.lockedUntil && r.lockedUntil > now ? r.lockedUntil.getTime() : 0)),
  );
  if (until > 0) {
    const retryAfter = Math.ceil((until - now.getTime()) / 1000);
    throw new AppError(
      'login_throttled',
      `Too many failed sign-in attempts. Try again in ${retryAfter} s.`,
      { retryAfterSeconds: retryAfter },
      { 'retry-after': String(retryAfter) },
    );
  }
}

export async function recordFailure(db: DbOrTx, key: string, limit: number, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  // One statement: concurrent failures from many processes all count.
  await db.execute(sql`
    insert into login_throttle (key, failures, window_start) values (${key}, 1, ${now})
    on conflict (key) do update set
      failures = case when login_throttle.window_start < ${windowStart} then 1 else login_throttle.failures + 1 end,
      window_start = case when login_throttle.window_start < ${windowStart} then ${now} else login_throttle.window_start end,
      locked_until = case
        when (case when login_throttle.window_start < ${windowStart} then 1 else login_throttle.failures + 1 end) >= ${limit}
        then ${now}::timestamptz + least(
          ${THROTTLE.maxLockMs}::bigint,
          ${THROTTLE.baseLockMs}::bigint * power(2, greatest(0, (case when login_throttle.window_start < ${windowStart} then 1 else login_throttle.failures + 1 end) - ${limit}))::bigint
        ) * interval '1 millisecond'
        else login_throttle.locked_until end
  `);
}

export async function clearFailures(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
