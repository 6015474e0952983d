import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { recordDecision } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database, Tx } from '../../store/database.js';
import {
  type AgentDefinition,
  agentActions,
  approvalRequests,
  type RiskClass,
} from '../../store/schema/agents.js';
import { AGENT_TOOLS } from '../tools/index.js';

type Action = typeof agentActions.$inferSelect;
type Run = { id: string; agentId: string; version: number; mode: 'live' | 'shadow' };

/** A stable hash of an action's arguments: an approval is bound to exactly these. */
export const argsHash = (args: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(args, Object.keys(args as object).sort()))
    .digest('hex');

const RANK: Record<RiskClass, number> = { R0: 0, R1: 1, R2: 2, R3: 3, R4: 4 };

/**
 * What happens to a proposed action: R4 never runs; a tool the agent was not given is skipped; R3
 * always waits for a human; R2 waits unless an admin set that tool to automatic; R1 and R0 run.
 */
export function decide(
  definition: AgentDefinition,
  tool: string,
  risk: RiskClass,
): 'run' | 'approval' | { skip: string } {
  const policy = definition.tools[tool] ?? 'off';
  if (risk === 'R4') return { skip: 'R4 actions (permissions, billing, export) are never done by an agent' };
  if (policy === 'off') return { skip: `This agent may not use ${tool}` };
  if (RANK[risk] >= 3 || policy === 'approval') return 'approval';
  if (risk === 'R2' && policy !== 'auto') return 'approval';
  return 'run';
}

/** Runs an action as the principal and marks it done, in one transaction: it happens once or not at all. */
export async function executeAction(tx: Tx, action: Action, principal: Actor, args: Record<string, unknown>) {
  const tool = AGENT_TOOLS[action.tool];
  if (!tool) throw new AppError('validation_failed', `Unknown tool ${action.tool}`);
  const claimed = await tx
    .update(agentActions)
    .set({ status: 'executing' })
    .where(and(eq(agentActions.id, action.id), sql`${agentActions.status} in ('proposed', 'approved')`))
    .returning({ id: agentActions.id });
  if (!claimed.length) throw new AppError('conflict', 'This action was already handled');
  const result = await tool.execute(tx, principal, args);
  await tx
    .update(agentActions)
    .set({ status: 'done', args, argsHash: argsHash(args), result, executedAt: new Date() })
    .where(eq(agentActions.id, action.id));
  return result;
}

/**
 * Classifies one proposed action of a run and carries it out: skipped (with why), submitted for
 * approval (one single-use request bound to the arguments' hash and the agent version), or run.
 * A shadow run records what it would do and does nothing.
 */
export async function processAction(
  db: Database,
  run: Run,
  definition: AgentDefinition,
  action: Action,
  principal: Actor,
): Promise<'done' | 'awaiting_approval' | 'skipped' | 'failed'> {
  const tool = AGENT_TOOLS[action.tool];
  const skip = async (why: string, status: 'skipped' | 'failed' = 'skipped') => {
    await db.update(agentActions).set({ status, errorMessage: why }).where(eq(agentActions.id, action.id));
    return status;
  };
  if (!tool) return skip(`There is no tool called ${action.tool}`, 'failed');
  const parsed = tool.args.safeParse(action.args);
  if (!parsed.success)
    return skip(`The arguments are not valid: ${parsed.error.issues[0]?.message}`, 'failed');
  const verdict = decide(definition, tool.name, tool.risk);
  if (typeof verdict === 'object') return skip(verdict.skip);
  if (run.mode === 'shadow')
    return skip(`Shadow mode: would have ${verdict === 'run' ? 'done this' : 'asked for approval'}`);
  if (verdict === 'approval') {
    const preview = await tool.preview(db, principal, parsed.data);
    await db.transaction(async (tx) => {
      await tx
        .insert(approvalRequests)
        .values({
          id: newId(),
          accountId: principal.accountId,
          runId: run.id,
          actionId: action.id,
          agentId: run.agentId,
          agentVersion: run.version,
          argsHash: action.argsHash,
          preview,
          expiresAt: sql`now() + make_interval(hours => ${definition.approvalExpiryHours})`,
        })
        .onConflictDoNothing({ target: approvalRequests.actionId });
      await tx
        .update(agentActions)
        .set({ status: 'awaiting_approval' })
        .where(eq(agentActions.id, action.id));
    });
    return 'awaiting_approval';
  }
  try {
    await db.transaction(async (tx) => {
      await executeAction(tx, action, principal, parsed.data);
      await recordDecision(tx, principal, 'agent_action', {
        agentId: run.agentId,
        agentVersion: run.version,
        runId: run.id,
        actionId: action.id,
        tool: tool.name,
        risk: tool.risk,
        approvedBy: null,
      });
    });
    return 'done';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return skip(err.message, 'failed');
  }
}
