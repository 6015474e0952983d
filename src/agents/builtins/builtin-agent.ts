import type { DomainEvent } from '../../events/dispatcher.js';
import type { Governance } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import type { Database, Tx } from '../../store/database.js';
import type { AgentDefinition } from '../../store/schema/agents.js';

/** An event that should start a run, and the key that makes it start at most one. */
export type Firing = { dedupKey: string; entityType: string; entityId: string };

/** An action the agent wants to take, and why (shown in the trace and the approvals inbox). */
export type Proposal = { tool: string; args: Record<string, unknown>; reason: string };

export type PlanContext = {
  db: Database;
  governance: Governance;
  /** The principal: the agent acts with this user's rights. */
  principal: Actor;
  agent: { id: string; version: number; definition: AgentDefinition };
  run: { id: string; entityType: string | null; entityId: string | null };
  /** Writes one step of the trace. */
  step(kind: 'read' | 'model' | 'note', summary: string, data?: unknown, contentId?: string): Promise<void>;
};

/**
 * A built-in agent: created and active for every account. `firing` decides, inside the dispatcher's
 * transaction, whether an event concerns it; `plan` reads (as the principal), asks the governed
 * pipeline, and proposes actions, which the run engine classifies, records and runs or submits.
 */
export type BuiltinAgent = {
  key: string;
  name: string;
  description: string;
  definition: AgentDefinition;
  firing(tx: Tx, event: DomainEvent): Promise<Firing | null>;
  plan(ctx: PlanContext): Promise<Proposal[]>;
};
