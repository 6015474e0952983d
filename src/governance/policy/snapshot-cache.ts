import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../store/database.js';
import type { PgListener } from '../../store/pg-listener.js';
import type { Snapshot } from './load-snapshot.js';

export const GOVERNANCE_CHANNEL = 'cohelm_governance';
const localCaches = new Set<SnapshotCache>();

/**
 * Tells every process that an account's AI policy, technologies, consents or people changed. This
 * process forgets at once; the others when the transaction commits.
 */
export async function notifyPolicyChanged(db: DbOrTx, accountId: string): Promise<void> {
  for (const c of localCaches) c.forget(accountId);
  await db.execute(sql`select pg_notify(${GOVERNANCE_CHANNEL}, ${accountId})`);
}

/**
 * Policy snapshots per (account, user) for a few seconds, so that the pre-invoke stages are pure
 * functions over memory. Off while the LISTEN connection is down, like the auth cache.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, { snapshot: Snapshot; until: number; accountId: string }>();
  private generation = 0;

  constructor(
    private readonly listener: PgListener | undefined,
    private readonly ttlMs = 30_000,
  ) {
    listener?.on(GOVERNANCE_CHANNEL, (payload) => this.forget(payload));
    listener?.onReconnect(() => this.clear());
    localCaches.add(this);
  }

  async get(accountId: string, userId: string, load: () => Promise<Snapshot>): Promise<Snapshot> {
    const key = `${accountId}:${userId}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now() && this.listener?.connected) return hit.snapshot;
    const generation = this.generation;
    const snapshot = await load();
    if (this.listener?.connected && generation === this.generation)
      this.entries.set(key, { snapshot, until: Date.now() + this.ttlMs, accountId });
    return snapshot;
  }

  forget(accountId: string): void {
    this.generation++;
    for (const [k, v] of this.entries) if (v.accountId === accountId || !accountId) this.entries.delete(k);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  dispose(): void {
    localCaches.delete(this);
    this.clear();
  }
}
