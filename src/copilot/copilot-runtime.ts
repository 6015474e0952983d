import type { Governance } from '../governance/index.js';
import type { Database } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';
import { HintHub } from './hints/hint-hub.js';
import { HintWorker } from './hints/hint-worker.js';

/** One per process: the hint worker and the hub that tells open pages about new hints. */
export type Copilot = {
  worker: HintWorker;
  hub: HintHub;
  close(): Promise<void>;
};

export function createCopilot(opts: {
  db: Database;
  governance: Governance;
  listener?: PgListener;
  log?: (err: unknown, msg: string) => void;
  /** Run the worker (off in tests that drive it by hand). */
  startWorker?: boolean;
}): Copilot {
  const worker = new HintWorker(opts);
  const hub = new HintHub(opts.listener);
  if (opts.startWorker ?? true) worker.start();
  return {
    worker,
    hub,
    async close() {
      await worker.stop();
    },
  };
}
