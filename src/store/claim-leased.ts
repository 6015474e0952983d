import { sql } from 'drizzle-orm';
import type { Database } from './database.js';

/** Tables used as durable queues: `status`, `attempts`, `run_after`, `lease_until`, `started_at`, `updated_at`. */
export type LeasedQueue = 'speech_jobs' | 'agent_runs';

/**
 * Claims up to `limit` rows that are ready — queued ones whose time came, and running ones whose
 * lease ran out (their worker died) — with SKIP LOCKED, so several processes share the work. The
 * claim counts an attempt and leases the row for `leaseSec`. Returns the ids claimed.
 */
export async function claimLeased(
  db: Database,
  table: LeasedQueue,
  limit: number,
  leaseSec: number,
): Promise<string[]> {
  const t = sql.identifier(table);
  const res = await db.execute<{ id: string }>(sql`
    update ${t} set status = 'running', attempts = attempts + 1,
      lease_until = now() + make_interval(secs => ${leaseSec}),
      started_at = coalesce(started_at, now()), updated_at = now()
    where id in (
      select id from ${t}
      where (status = 'queued' and run_after <= now()) or (status = 'running' and lease_until < now())
      order by run_after limit ${limit} for update skip locked)
    returning id`);
  return res.rows.map((r) => r.id);
}
