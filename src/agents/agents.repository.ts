import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor.js';
import { notFound } from '../shared/errors.js';
import { requireAdmin } from '../shared/require-admin.js';
import type { Database } from '../store/database.js';
import {
  AGENT_STATUSES,
  agentActions,
  agentRuns,
  agentSteps,
  agents,
  approvalRequests,
} from '../store/schema/agents.js';

export const AgentStatusIn = z.strictObject({ status: z.enum(AGENT_STATUSES) });
export const AccountAgentsIn = z.strictObject({ status: z.enum(['active', 'paused']) });

const visibleRuns = (actor: Actor) =>
  actor.role === 'admin'
    ? eq(agentRuns.accountId, actor.accountId)
    : and(eq(agentRuns.accountId, actor.accountId), eq(agentRuns.principalId, actor.userId));

/** The account's agents. */
export async function listAgents(db: Database, actor: Actor) {
  const rows = await db
    .select()
    .from(agents)
    .where(eq(agents.accountId, actor.accountId))
    .orderBy(asc(agents.name));
  return rows.map(({ accountId: _a, ...a }) => a);
}

/** The account-wide kill switch: every agent of the account paused (or all switched back on). */
export async function setAllAgentsStatus(db: Database, actor: Actor, input: z.input<typeof AccountAgentsIn>) {
  requireAdmin(actor);
  const { status } = AccountAgentsIn.parse(input);
  const all = await db.select({ id: agents.id }).from(agents).where(eq(agents.accountId, actor.accountId));
  for (const a of all) await setAgentStatus(db, actor, a.id, { status });
  return { agents: all.length, status };
}

/** Admins switch an agent on, to shadow mode, or off (the kill switch: its queued runs pause too). */
export async function setAgentStatus(
  db: Database,
  actor: Actor,
  id: string,
  input: z.input<typeof AgentStatusIn>,
) {
  requireAdmin(actor);
  const { status } = AgentStatusIn.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(agents)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(agents.accountId, actor.accountId), eq(agents.id, id)))
      .returning();
    if (!row) throw notFound('Agent');
    if (status === 'paused') {
      await tx
        .update(agentRuns)
        .set({ status: 'paused', updatedAt: new Date() })
        .where(and(eq(agentRuns.agentId, id), eq(agentRuns.status, 'queued')));
      // Pausing cancels what waits for a decision.
      const cancelled = await tx
        .update(approvalRequests)
        .set({
          status: 'cancelled',
          decidedBy: actor.userId,
          decidedAt: new Date(),
          decisionReason: 'Agent paused',
        })
        .where(and(eq(approvalRequests.agentId, id), eq(approvalRequests.status, 'pending')))
        .returning({ actionId: approvalRequests.actionId, runId: approvalRequests.runId });
      for (const c of cancelled) {
        await tx
          .update(agentActions)
          .set({ status: 'skipped', errorMessage: 'Agent paused' })
          .where(eq(agentActions.id, c.actionId));
        await tx
          .update(agentRuns)
          .set({ status: 'paused', updatedAt: new Date() })
          .where(eq(agentRuns.id, c.runId));
      }
    }
    const { accountId: _a, ...out } = row;
    return out;
  });
}

export async function listRuns(db: Database, actor: Actor, agentId?: string) {
  if (agentId) {
    const [agent] = await db
      .select({ id: agents.id })
      .from(agents)
      .where(and(eq(agents.accountId, actor.accountId), eq(agents.id, agentId)));
    if (!agent) throw notFound('Agent');
  }
  const rows = await db
    .select()
    .from(agentRuns)
    .where(and(visibleRuns(actor), agentId ? eq(agentRuns.agentId, agentId) : undefined))
    .orderBy(desc(agentRuns.createdAt))
    .limit(100);
  return rows.map(({ accountId: _a, ...r }) => r);
}

/** A run with its trace: steps, actions (the action ledger) and their approvals. */
export async function getRun(db: Database, actor: Actor, id: string) {
  const [run] = await db
    .select()
    .from(agentRuns)
    .where(and(visibleRuns(actor), eq(agentRuns.id, id)));
  if (!run) throw notFound('Run');
  const [steps, actions, approvals] = await Promise.all([
    db.select().from(agentSteps).where(eq(agentSteps.runId, id)).orderBy(asc(agentSteps.seq)),
    db.select().from(agentActions).where(eq(agentActions.runId, id)).orderBy(asc(agentActions.seq)),
    db.select().from(approvalRequests).where(eq(approvalRequests.runId, id)),
  ]);
  const { accountId: _a, ...out } = run;
  return {
    ...out,
    steps: steps.map(({ runId: _r, ...s }) => s),
    actions: actions.map(({ accountId: _x, ...a }) => ({
      ...a,
      approval: (() => {
        const p = approvals.find((x) => x.actionId === a.id);
        return p
          ? {
              id: p.id,
              status: p.status,
              decidedBy: p.decidedBy,
              decidedAt: p.decidedAt,
              reason: p.decisionReason,
            }
          : null;
      })(),
    })),
  };
}
