import { and, eq, sql } from 'drizzle-orm';
import type { Governance } from '../../governance/index.js';
import { runGovernedRequest } from '../../governance/index.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import type { PgListener } from '../../store/pg-listener.js';
import { copilotHints, copilotInteractions } from '../../store/schema/index.js';
import { WorkLoop } from '../../store/work-loop.js';
import { actorFor } from '../shared/actor-for.js';
import { hintTask } from './hint-context.js';
import { COPILOT_TRIGGERS, type CopilotTrigger, type HintKind } from './hint-kinds.js';
import { COPILOT_WORK_CHANNEL } from './hint-triggers.js';

export const COPILOT_HINTS_CHANNEL = 'cohelm_copilot_hints';
const MAX_ATTEMPTS = 3;
const LEASE = '2 minutes';

type Claimed = {
  id: string;
  account_id: string;
  entity_type: string;
  entity_id: string;
  kind: HintKind;
  cache_key: string;
  on_behalf_of: string | null;
  trigger: CopilotTrigger;
  source_id: string | null;
  attempts: number;
};

export type HintWorkerOptions = {
  db: Database;
  governance: Governance;
  listener?: PgListener;
  /** Hints computed at once; a model call is mostly waiting, so a few overlap well. */
  concurrency?: number;
  pollMs?: number;
  log?: (err: unknown, msg: string) => void;
};

/**
 * Computes pending hints. The hint rows are the queue: a batch is claimed with SKIP LOCKED and a
 * lease, so several processes share the work and a crashed one's claims are taken over when the lease
 * ends. A result is stored only if the hint still wants the version it was computed for.
 */
export class HintWorker {
  private readonly loop: WorkLoop;

  constructor(private readonly opts: HintWorkerOptions) {
    this.loop = new WorkLoop({
      channel: COPILOT_WORK_CHANNEL,
      listener: opts.listener,
      pollMs: opts.pollMs ?? 2000,
      drain: () => this.drain(),
      log: opts.log,
      what: 'CoPilot hint work',
    });
  }

  start(): void {
    this.loop.start();
  }

  kick(): void {
    this.loop.kick();
  }

  /** Computes until nothing is pending. Tests call it to run the work deterministically. */
  async drain(): Promise<number> {
    let done = 0;
    for (;;) {
      const batch = await this.claim(this.opts.concurrency ?? 4);
      if (!batch.length || this.loop.stopped) return done;
      await Promise.all(batch.map((h) => this.compute(h)));
      done += batch.length;
    }
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const res = await this.opts.db.execute<Claimed>(sql`
      update copilot_hints set status = 'running', attempts = attempts + 1,
        lease_until = now() + ${LEASE}::interval, updated_at = now()
      where id in (
        select id from copilot_hints
        where status = 'pending' or (status = 'running' and lease_until < now())
        order by requested_at limit ${limit} for update skip locked)
      returning id, account_id, entity_type, entity_id, kind, cache_key, on_behalf_of, trigger, source_id, attempts`);
    return res.rows;
  }

  private async compute(h: Claimed): Promise<void> {
    const { db, governance } = this.opts;
    try {
      if (h.attempts > MAX_ATTEMPTS) throw new AppError('ai_unavailable', 'Gave up after several attempts');
      const actor = h.on_behalf_of ? await actorFor(db, h.account_id, h.on_behalf_of) : undefined;
      if (!actor) throw new AppError('not_found', 'The user this hint is for no longer exists');
      const task = await hintTask(db, actor, { kind: h.kind, entityId: h.entity_id, sourceId: h.source_id });
      if (!task) {
        await db
          .delete(copilotHints)
          .where(and(eq(copilotHints.id, h.id), eq(copilotHints.cacheKey, h.cache_key)));
        return;
      }
      const result = await runGovernedRequest(
        governance,
        {
          id: newId(),
          accountId: h.account_id,
          userId: actor.userId,
          initiator: { type: 'system', event: h.trigger, onBehalfOf: actor.userId },
          surface: COPILOT_TRIGGERS[h.trigger].surface,
          text: { task },
        },
        AbortSignal.timeout(120_000),
      );
      await db
        .insert(copilotInteractions)
        .values({
          contentId: result.contentId,
          accountId: h.account_id,
          userId: actor.userId,
          surface: COPILOT_TRIGGERS[h.trigger].surface,
          placement: h.kind,
          prepromptRef: `hint:${h.kind}`,
          prepromptVersion: 1,
          technologyId: result.technologyId,
        })
        .onConflictDoNothing();
      await this.finish(h, {
        status: 'ready',
        contentId: result.contentId,
        label: result.label,
        text: result.text,
        output: result.output ?? null,
        technologyId: result.technologyId,
        model: result.model,
        errorCode: null,
        errorMessage: null,
      });
    } catch (err) {
      const known = err instanceof AppError;
      if (!known) this.opts.log?.(err, 'CoPilot hint failed');
      await this.finish(h, {
        status: 'failed',
        errorCode: known ? err.code : 'internal',
        errorMessage: known ? err.message : 'Something went wrong preparing this hint',
      }).catch((e) => this.opts.log?.(e, 'could not record a failed hint'));
    }
  }

  private async finish(h: Claimed, set: Partial<typeof copilotHints.$inferInsert>): Promise<void> {
    const { db } = this.opts;
    const updated = await db
      .update(copilotHints)
      .set({ ...set, computedAt: sql`now()`, updatedAt: sql`now()`, leaseUntil: null })
      .where(
        and(
          eq(copilotHints.id, h.id),
          eq(copilotHints.cacheKey, h.cache_key),
          eq(copilotHints.status, 'running'),
        ),
      )
      .returning({ id: copilotHints.id });
    if (updated.length)
      await db.execute(
        sql`select pg_notify(${COPILOT_HINTS_CHANNEL}, ${`${h.account_id}:${h.entity_type}:${h.entity_id}`})`,
      );
  }
}
