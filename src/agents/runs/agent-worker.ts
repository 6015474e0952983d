import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { actorFor } from '../../copilot/shared/actor-for.js';
import type { Governance } from '../../governance/index.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { claimLeased } from '../../store/claim-leased.js';
import type { Database, Tx } from '../../store/database.js';
import type { PgListener } from '../../store/pg-listener.js';
import { agentActions, agentRuns, agentSteps, agents, agentVersions } from '../../store/schema/agents.js';
import { WorkLoop } from '../../store/work-loop.js';
import { expireDueApprovals } from '../approvals/approvals.js';
import { BUILTIN_AGENTS } from '../builtins/index.js';
import { AGENT_TOOLS } from '../tools/index.js';
import { AGENT_WORK_CHANNEL } from './agent-triggers.js';
import { argsHash, processAction } from './process-action.js';

type Run = typeof agentRuns.$inferSelect;

export type AgentWorkerOptions = {
  db: Database;
  governance: Governance;
  listener?: PgListener;
  pollMs?: number;
  leaseSec?: number;
  concurrency?: number;
  log?: (err: unknown, msg: string) => void;
};

const RETRYABLE = new Set([
  'ai_unreachable',
  'ai_rate_limited',
  'ai_timeout',
  'ai_provider_error',
  'ai_unavailable',
]);
const MAX_ATTEMPTS = 3;

class RunStopped extends Error {}
class BudgetExceeded extends Error {}

/**
 * Executes queued agent runs. A run is claimed with SKIP LOCKED and a lease its heartbeat renews; a
 * crashed process's runs are taken over when the lease ends. The plan (the model's proposals) is
 * committed as actions in one transaction, so a resumed run does not plan again: it goes on with the
 * actions still `proposed`. Each action runs, or becomes an approval request, in its own transaction.
 */
export class AgentWorker {
  private readonly loop: WorkLoop;

  constructor(private readonly opts: AgentWorkerOptions) {
    this.loop = new WorkLoop({
      channel: AGENT_WORK_CHANNEL,
      listener: opts.listener,
      pollMs: opts.pollMs ?? 2000,
      drain: () => this.drain(),
      log: opts.log,
      what: 'Agent runs',
    });
  }

  start(): void {
    this.loop.start();
  }

  kick(): void {
    this.loop.kick();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private get leaseSec() {
    return this.opts.leaseSec ?? 30;
  }

  /** Runs until none is ready. Tests call it to run the work deterministically. */
  async drain(): Promise<number> {
    let done = 0;
    await expireDueApprovals(this.opts.db);
    for (;;) {
      if (this.loop.stopped) return done;
      const ids = await claimLeased(this.opts.db, 'agent_runs', this.opts.concurrency ?? 4, this.leaseSec);
      if (!ids.length) return done;
      const runs = await this.opts.db.select().from(agentRuns).where(inArray(agentRuns.id, ids));
      await Promise.all(runs.map((r) => this.run(r)));
      done += runs.length;
    }
  }

  private async set(run: Run, set: PgUpdateSetSource<typeof agentRuns>): Promise<boolean> {
    const rows = await this.opts.db
      .update(agentRuns)
      .set({ ...set, updatedAt: new Date() })
      .where(
        and(eq(agentRuns.id, run.id), eq(agentRuns.status, 'running'), eq(agentRuns.attempts, run.attempts)),
      )
      .returning({ id: agentRuns.id });
    return rows.length > 0;
  }

  private async run(run: Run): Promise<void> {
    const beat = setInterval(
      () => {
        this.set(run, { leaseUntil: sql`now() + make_interval(secs => ${this.leaseSec})` }).catch((err) =>
          this.opts.log?.(err, 'agent run heartbeat failed'),
        );
      },
      (this.leaseSec * 1000) / 3,
    );
    beat.unref();
    try {
      await this.execute(run);
    } catch (err) {
      if (err instanceof RunStopped) return;
      if (err instanceof BudgetExceeded) {
        await this.set(run, {
          status: 'budget_exceeded',
          leaseUntil: null,
          errorCode: 'budget_exceeded',
          errorMessage: err.message,
          finishedAt: new Date(),
        });
        return;
      }
      const known = err instanceof AppError;
      if (!known) this.opts.log?.(err, 'agent run failed');
      const code = known ? err.code : 'internal';
      const message = known ? err.message : 'Something went wrong in this run';
      if (RETRYABLE.has(code) && run.attempts < MAX_ATTEMPTS)
        await this.set(run, {
          status: 'queued',
          runAfter: sql`now() + make_interval(secs => ${10 * run.attempts ** 2})`,
          leaseUntil: null,
          errorCode: code,
          errorMessage: message,
        });
      else
        await this.set(run, {
          status: 'failed',
          leaseUntil: null,
          errorCode: code,
          errorMessage: message,
          finishedAt: new Date(),
        });
    } finally {
      clearInterval(beat);
    }
  }

  private async execute(run: Run): Promise<void> {
    const { db, governance } = this.opts;
    const [row] = await db
      .select({ agent: agents, definition: agentVersions.definition })
      .from(agents)
      .innerJoin(
        agentVersions,
        and(eq(agentVersions.agentId, agents.id), eq(agentVersions.version, run.version)),
      )
      .where(eq(agents.id, run.agentId));
    if (!row) throw new AppError('not_found', 'The agent version of this run no longer exists');
    const { agent, definition } = row;
    // Kill switch: a paused agent starts nothing.
    if (agent.status === 'paused') {
      await this.set(run, { status: 'paused', leaseUntil: null });
      return;
    }
    const builtin = agent.builtin ? BUILTIN_AGENTS[agent.builtin] : undefined;
    if (!builtin) throw new AppError('validation_failed', 'This agent has no plan to run');
    const principal = run.principalId ? await actorFor(db, run.accountId, run.principalId) : undefined;
    if (!principal) throw new AppError('forbidden', 'The user this agent acts for is blocked or gone');

    let actions = await db
      .select()
      .from(agentActions)
      .where(eq(agentActions.runId, run.id))
      .orderBy(asc(agentActions.seq));
    if (!actions.length) {
      // Steps of an earlier attempt that died while planning stay in the trace; numbering goes on.
      const [last] = await db
        .select({ seq: max(agentSteps.seq) })
        .from(agentSteps)
        .where(eq(agentSteps.runId, run.id));
      let seq = last?.seq ?? 0;
      const step = async (
        kind: 'read' | 'model' | 'note',
        summary: string,
        data?: unknown,
        contentId?: string,
      ) => {
        seq++;
        if (seq > definition.budget.maxSteps)
          throw new BudgetExceeded(`More than ${definition.budget.maxSteps} steps`);
        await db
          .insert(agentSteps)
          .values({ runId: run.id, seq, kind, summary, data: data ?? null, contentId: contentId ?? null });
      };
      const trigger = run.trigger;
      const proposals = await builtin.plan({
        db,
        governance,
        principal,
        agent: { id: agent.id, version: run.version, definition },
        run: { id: run.id, entityType: trigger.entityType, entityId: trigger.entityId },
        step,
      });
      const kept = proposals.slice(0, definition.budget.maxActions);
      const dropped = proposals.length - kept.length;
      actions = await db.transaction(async (tx) => {
        if (!(await this.stillHeld(tx, run))) throw new RunStopped();
        seq++;
        await tx.insert(agentSteps).values({
          runId: run.id,
          seq,
          kind: 'propose',
          summary: `Proposed ${kept.length} action${kept.length === 1 ? '' : 's'}${dropped ? ` (${dropped} more over the budget were dropped)` : ''}`,
          data: kept,
        });
        if (!kept.length) return [];
        return tx
          .insert(agentActions)
          .values(
            kept.map((p, i) => ({
              id: newId(),
              accountId: run.accountId,
              runId: run.id,
              seq: i + 1,
              tool: p.tool,
              // A tool nobody knows is recorded as R4: it never runs.
              risk: AGENT_TOOLS[p.tool]?.risk ?? 'R4',
              args: p.args,
              argsHash: argsHash(p.args),
              reason: p.reason,
              idempotencyKey: `${run.id}:${i + 1}`,
            })),
          )
          .returning();
      });
    }

    let waiting = 0;
    for (const action of actions) {
      if (action.status === 'awaiting_approval') waiting++;
      if (action.status !== 'proposed') continue;
      const outcome = await processAction(db, run, definition, action, principal);
      if (outcome === 'awaiting_approval') waiting++;
    }
    await this.set(
      run,
      waiting
        ? { status: 'awaiting_approval', leaseUntil: null }
        : { status: 'succeeded', leaseUntil: null, finishedAt: new Date() },
    );
  }

  private async stillHeld(tx: Tx, run: Run) {
    const [held] = await tx
      .select({ id: agentRuns.id })
      .from(agentRuns)
      .where(
        and(eq(agentRuns.id, run.id), eq(agentRuns.status, 'running'), eq(agentRuns.attempts, run.attempts)),
      )
      .for('update');
    return !!held;
  }
}
