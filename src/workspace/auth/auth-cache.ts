import { sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import type { PgListener } from '../../store/pg-listener.js';

export const AUTH_CHANNEL = 'cohelm_auth';

/**
 * Tell every process that credentials changed (a key revoked, a user blocked, a session ended…).
 * Runs in the caller's transaction: PostgreSQL delivers the NOTIFY only when it commits.
 */
export async function notifyAuthChanged(db: DbOrTx): Promise<void> {
  // This process forgets at once, so that the caller's very next request is checked afresh; the
  // NOTIFY reaches the other processes (and this one again) when the transaction commits.
  for (const cache of localCaches) cache.clear();
  await db.execute(sql`select pg_notify(${AUTH_CHANNEL}, '')`);
}

const localCaches = new Set<AuthCache>();

/**
 * Remembers who a session token or API key belongs to for a few seconds, so that an authenticated
 * request costs one database round trip instead of two. Safe across processes: any change to
 * credentials NOTIFYs every process, which drops its whole cache, and the cache is off whenever the
 * LISTEN connection is down. A generation counter keeps a lookup that raced with an invalidation
 * from being cached.
 */
export class AuthCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();
  private generation = 0;

  constructor(
    private readonly listener: PgListener | undefined,
    private readonly ttlMs = 30_000,
    private readonly max = 10_000,
  ) {
    listener?.on(AUTH_CHANNEL, () => this.clear());
    listener?.onReconnect(() => this.clear());
    if (listener) localCaches.add(this);
  }

  /** Forget this cache when its app closes. */
  dispose(): void {
    localCaches.delete(this);
    this.clear();
  }

  private get enabled(): boolean {
    return this.listener?.connected === true;
  }

  get(key: string): Actor | undefined {
    if (!this.enabled) return undefined;
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.actor;
  }

  /** Resolves through the cache; `load` runs on a miss. */
  async resolve(key: string, load: () => Promise<Actor | undefined>): Promise<Actor | undefined> {
    const cached = this.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const actor = await load();
    if (actor && this.enabled && generation === this.generation) {
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { actor, until: Date.now() + this.ttlMs });
    }
    return actor;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
