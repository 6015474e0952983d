import type { Governance } from '../governance/index.js';
import type { Database } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';
import { ensureBuiltinAgentsForAll } from './builtin-agents.js';
import { AgentWorker } from './runs/agent-worker.js';

export type Agents = { worker: AgentWorker; close(): Promise<void> };

/** Agents for one process: the run worker. */
export function createAgents(opts: {
  db: Database;
  governance: Governance;
  listener?: PgListener;
  log?: (err: unknown, msg: string) => void;
  /** Run the worker (off in tests that drive it by hand). */
  startWorker?: boolean;
  /** The platform-wide kill switch: the worker starts no run. */
  paused?: boolean;
}): Agents {
  const worker = new AgentWorker(opts);
  if ((opts.startWorker ?? true) && !opts.paused) {
    ensureBuiltinAgentsForAll(opts.db).catch((err) =>
      opts.log?.(err, 'could not create the built-in agents'),
    );
    worker.start();
  }
  return {
    worker,
    async close() {
      await worker.stop();
    },
  };
}
