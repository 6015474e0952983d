import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx, Tx } from '../../store/database.js';
import type { RiskClass } from '../../store/schema/agents.js';

/** What an action looks like to the person asked to approve it. */
export type ActionPreview = { title: string; before: unknown; after: unknown };

/**
 * Something an agent may do, with its risk class: R0 read, R1 reversible write for its principal
 * (automatic), R2 shared writes (approval by default), R3 leaves the workspace or cannot be undone
 * (always approval), R4 never. It runs as the principal, so the principal's permissions apply.
 */
export type AgentTool<A extends Record<string, unknown> = Record<string, unknown>> = {
  name: string;
  risk: RiskClass;
  /** A short verb phrase for the trace and the inbox ("Create a task"). */
  label: string;
  args: z.ZodType<A>;
  preview(db: DbOrTx, principal: Actor, args: A): Promise<ActionPreview>;
  /** Does it, inside the caller's transaction (the action ledger row moves to done in the same one). */
  execute(tx: Tx, principal: Actor, args: A): Promise<Record<string, unknown>>;
};
