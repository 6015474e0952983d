import type { AiRuntime } from '../ai/ai-runtime.js';
import { createAiRuntime } from '../ai/ai-runtime.js';
import type { Config } from '../config.js';
import type { Database } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';
import { SigningKeys } from './content/signing-keys.js';
import { LedgerWriter } from './ledger/ledger-writer.js';
import { LeasePool } from './limits/lease-pool.js';
import { parseProhibitions } from './policy/load-snapshot.js';
import { SnapshotCache } from './policy/snapshot-cache.js';

/** One per process: the AI runtime behind the pipeline, and the pipeline's caches, leases and ledger writer. */
export type Governance = {
  db: Database;
  ai: AiRuntime;
  snapshots: SnapshotCache;
  leases: LeasePool;
  ledger: LedgerWriter;
  keys: SigningKeys;
  prohibitions: Map<string, Set<string>>;
  log: (error: unknown, message: string) => void;
  close(): Promise<void>;
};

export function createGovernance(
  config: Config,
  db: Database,
  listener: PgListener | undefined,
  log: (error: unknown, message: string) => void = () => {},
): Governance {
  const ai = createAiRuntime(config);
  const snapshots = new SnapshotCache(listener);
  const leases = new LeasePool(db);
  const ledger = new LedgerWriter(db);
  return {
    db,
    ai,
    snapshots,
    leases,
    ledger,
    keys: new SigningKeys(db, ai.box),
    prohibitions: parseProhibitions(config.COHELM_AI_PROHIBITED),
    log,
    async close() {
      await ledger.drain();
      await leases.close();
      snapshots.dispose();
      await ai.router.close();
    },
  };
}
