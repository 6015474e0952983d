import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Agents } from '../agents/index.js';
import type { Config } from '../config.js';
import type { Copilot } from '../copilot/index.js';
import type { Governance } from '../governance/index.js';
import type { Actor } from '../shared/actor.js';
import type { Speech } from '../speech/index.js';
import type { Database } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';

/** The app as route modules see it: zod-typed routes. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type AppDeps = {
  config: Config;
  db: Database;
  /** Checked by GET /api/ready. */
  ping: () => Promise<void>;
  /** The process's LISTEN connection; enables the auth cache. */
  listener?: PgListener;
  /** The governed AI pipeline (and the AI runtime behind it); one per process. */
  governance: Governance;
  /** CoPilot's hint worker and hub; one per process. */
  copilot: Copilot;
  /** The transcription worker; one per process. */
  speech: Speech;
  /** The agent run worker; one per process. */
  agents: Agents;
  /** Called after a request that may have written (and emitted events) succeeded. */
  afterWrite?: () => void;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes open without a session or API key (login, health, docs). */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}
