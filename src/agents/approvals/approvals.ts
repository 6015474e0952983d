import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { actorFor } from '../../copilot/shared/actor-for.js';
import { recordDecision } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { Database, Tx } from '../../store/database.js';
import {
  agentActions,
  agentRuns,
  agents,
  agentVersions,
  approvalRequests,
} from '../../store/schema/agents.js';
import { executeAction } from '../runs/process-action.js';
import { AGENT_TOOLS } from '../tools/index.js';

export const ApprovalDecisionIn = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    /** Edited arguments: validated again; the proposal as the agent made it stays on record. */
    args: z.record(z.string(), z.unknown()).optional(),
  }),
  z.strictObject({
    decision: z.literal('reject'),
    reason: z.string().trim().min(3, 'Say why, so that the agent does not propose it again').max(2000),
  }),
]);
export type ApprovalDecisionIn = z.input<typeof ApprovalDecisionIn>;

const row = {
  approval: approvalRequests,
  action: agentActions,
  agentName: agents.name,
  principalId: agentRuns.principalId,
  runStatus: agentRuns.status,
  approverIds: sql<string[]>`${agentVersions.definition}->'approverIds'`,
};

/** Admins decide every approval; others those of agents acting for them or naming them as approvers. */
const mayDecide = (actor: Actor, principalId: string | null, approverIds: string[]) =>
  actor.role === 'admin' || actor.userId === principalId || approverIds.includes(actor.userId);

function joined(db: Database | Tx) {
  return db
    .select(row)
    .from(approvalRequests)
    .innerJoin(agentActions, eq(agentActions.id, approvalRequests.actionId))
    .innerJoin(agentRuns, eq(agentRuns.id, approvalRequests.runId))
    .innerJoin(agents, eq(agents.id, approvalRequests.agentId))
    .innerJoin(
      agentVersions,
      and(eq(agentVersions.agentId, agents.id), eq(agentVersions.version, approvalRequests.agentVersion)),
    );
}

export type ApprovalOut = ReturnType<typeof toApprovalOut>;

function toApprovalOut(r: Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number]) {
  const { approval: a, action } = r;
  return {
    id: a.id,
    status: a.status,
    agentId: a.agentId,
    agentName: r.agentName,
    agentVersion: a.agentVersion,
    runId: a.runId,
    principalId: r.principalId,
    tool: action.tool,
    risk: action.risk,
    reason: action.reason,
    args: action.args,
    editedArgs: a.editedArgs,
    preview: a.preview,
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt,
    decisionReason: a.decisionReason,
    expiresAt: a.expiresAt,
    createdAt: a.createdAt,
  };
}

/** The approvals this user may decide (or has decided), newest first. */
export async function listApprovals(db: Database, actor: Actor, status: 'pending' | 'decided' = 'pending') {
  const rows = await joined(db)
    .where(
      and(
        eq(approvalRequests.accountId, actor.accountId),
        status === 'pending'
          ? eq(approvalRequests.status, 'pending')
          : sql`${approvalRequests.status} <> 'pending'`,
        actor.role === 'admin'
          ? undefined
          : sql`(${agentRuns.principalId} = ${actor.userId} or ${agentVersions.definition}->'approverIds' ? ${actor.userId})`,
      ),
    )
    .orderBy(desc(approvalRequests.createdAt))
    .limit(200);
  return rows.map(toApprovalOut);
}

/**
 * A human's decision on one proposed action, answered through a compare-and-set: a double click or
 * two approvers act once, a decided or expired request answers 409. Approving runs the action as the
 * agent's principal, in the same transaction; rejecting needs a reason, given back to the agent as
 * "do not retry". Both are recorded in the audit ledger with the decider's identity (from the session).
 */
export async function decideApproval(db: Database, actor: Actor, id: string, input: ApprovalDecisionIn) {
  const decision = ApprovalDecisionIn.parse(input);
  const result = await db.transaction(async (tx) => {
    const [r] = await joined(tx)
      .where(and(eq(approvalRequests.accountId, actor.accountId), eq(approvalRequests.id, id)))
      .for('update', { of: approvalRequests });
    if (!r) throw notFound('Approval request');
    if (!mayDecide(actor, r.principalId, r.approverIds ?? [])) throw notFound('Approval request');
    const { approval, action } = r;
    if (approval.status !== 'pending')
      throw new AppError('conflict', `This request was already ${approval.status}`);
    if (approval.expiresAt.getTime() <= Date.now()) return { expired: true as const, r };
    // The request is bound to the arguments the agent proposed.
    if (action.argsHash !== approval.argsHash)
      throw new AppError('conflict', 'The proposed action changed since it was submitted');
    const tool = AGENT_TOOLS[action.tool];
    if (!tool) throw new AppError('conflict', `The tool ${action.tool} no longer exists`);
    const decided = { decidedBy: actor.userId, decidedAt: new Date() };

    if (decision.decision === 'reject') {
      await tx
        .update(approvalRequests)
        .set({ ...decided, status: 'rejected', decisionReason: decision.reason })
        .where(eq(approvalRequests.id, id));
      await tx
        .update(agentActions)
        .set({ status: 'rejected', errorMessage: `Rejected: ${decision.reason} (do not retry)` })
        .where(eq(agentActions.id, action.id));
    } else {
      const edited = decision.args !== undefined;
      const parsed = tool.args.safeParse(decision.args ?? action.args);
      if (!parsed.success)
        throw new AppError(
          'validation_failed',
          'The edited action is not valid',
          parsed.error.issues.map((i) => ({ path: `args.${i.path.join('.')}`, message: i.message })),
        );
      const principal = r.principalId ? await actorFor(tx, actor.accountId, r.principalId) : undefined;
      if (!principal) throw new AppError('conflict', 'The user this agent acts for is blocked or gone');
      await tx
        .update(approvalRequests)
        .set({ ...decided, status: 'approved', editedArgs: edited ? parsed.data : null })
        .where(eq(approvalRequests.id, id));
      await tx.update(agentActions).set({ status: 'approved' }).where(eq(agentActions.id, action.id));
      await executeAction(tx, { ...action, status: 'approved' }, principal, parsed.data);
    }
    await recordDecision(tx, actor, 'agent_approval', {
      approvalId: id,
      actionId: action.id,
      runId: approval.runId,
      agentId: approval.agentId,
      agentVersion: approval.agentVersion,
      tool: action.tool,
      risk: action.risk,
      decision: decision.decision,
      edited: decision.decision === 'approve' && decision.args !== undefined,
    });
    await finishRunIfDecided(tx, approval.runId);
    return { expired: false as const, r };
  });
  if (result.expired) {
    await expireApproval(db, id);
    throw new AppError('conflict', 'This request expired; the agent will have to propose it again');
  }
  const [fresh] = await joined(db).where(eq(approvalRequests.id, id));
  return toApprovalOut(fresh!);
}

/**
 * Expires every pending approval past its time, and ends the runs that waited only for those: a run
 * whose approvals all expired is `expired`, one with some decided is `succeeded`. Returns how many.
 */
export async function expireDueApprovals(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(approvalRequests)
      .set({ status: 'expired' })
      .where(and(eq(approvalRequests.status, 'pending'), sql`${approvalRequests.expiresAt} <= now()`))
      .returning({ actionId: approvalRequests.actionId, runId: approvalRequests.runId });
    if (!expired.length) return 0;
    await tx
      .update(agentActions)
      .set({ status: 'expired', errorMessage: 'Nobody decided in time' })
      .where(
        inArray(
          agentActions.id,
          expired.map((e) => e.actionId),
        ),
      );
    for (const runId of new Set(expired.map((e) => e.runId))) await finishRunIfDecided(tx, runId);
    return expired.length;
  });
}

async function expireApproval(db: Database, id: string) {
  await db.transaction(async (tx) => {
    const [a] = await tx
      .update(approvalRequests)
      .set({ status: 'expired' })
      .where(and(eq(approvalRequests.id, id), eq(approvalRequests.status, 'pending')))
      .returning();
    if (!a) return;
    await tx.update(agentActions).set({ status: 'expired' }).where(eq(agentActions.id, a.actionId));
    await finishRunIfDecided(tx, a.runId);
  });
}

/** A run waiting for approvals is over once none is pending: `expired` if nobody decided any. */
async function finishRunIfDecided(tx: Tx, runId: string) {
  const statuses = await tx
    .select({ status: approvalRequests.status })
    .from(approvalRequests)
    .where(eq(approvalRequests.runId, runId));
  if (statuses.some((a) => a.status === 'pending')) return;
  const allExpired = statuses.length > 0 && statuses.every((a) => a.status === 'expired');
  await tx
    .update(agentRuns)
    .set({ status: allExpired ? 'expired' : 'succeeded', finishedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(agentRuns.id, runId), eq(agentRuns.status, 'awaiting_approval')));
}
