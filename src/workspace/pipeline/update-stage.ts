import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { deals, pipelineStages, type STAGE_KINDS } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { arrangeStages } from './arrange-stages.js';
import {
  assertNameFree,
  findStage,
  lockPipeline,
  openStageCount,
  renumber,
  toStageOut,
} from './pipeline.repository.js';
import { StageUpdate } from './stage.schema.js';

type Kind = (typeof STAGE_KINDS)[number];

/**
 * Deals follow their stage's kind: a stage that becomes won or lost closes the deals in it, one that
 * becomes open reopens them, as moving them there would have.
 */
async function reclassifyDeals(tx: DbOrTx, accountId: string, stageId: string, kind: Kind) {
  const inStage = and(eq(deals.accountId, accountId), eq(deals.stageId, stageId));
  if (kind === 'open') {
    await tx
      .update(deals)
      .set({ closedAt: null, ...touch(deals) })
      .where(and(inStage, isNotNull(deals.closedAt)));
  } else {
    await tx
      .update(deals)
      .set({ closedAt: sql`now()`, ...touch(deals) })
      .where(and(inStage, isNull(deals.closedAt)));
  }
}

/** An admin renames, re-rates, reclassifies or moves a stage. Its key never changes. */
export async function updateStage(db: Database, actor: Actor, id: string, input: StageUpdate) {
  const patch = StageUpdate.parse(input);
  return db.transaction(async (tx) => {
    const found = await findStage(tx, actor.accountId, id);
    requireAdmin(actor);
    if (Object.keys(patch).length === 0) return toStageOut(found);
    const stages = await lockPipeline(tx, actor.accountId);
    const current = stages.find((s) => s.id === id);
    if (!current) throw notFound('Pipeline stage');
    const kind = patch.kind ?? current.kind;
    const kindChanged = kind !== current.kind;
    if (current.kind === 'open' && kind !== 'open' && openStageCount(stages) === 1) {
      throw new AppError('conflict', 'The pipeline needs at least one open stage', { field: 'kind' });
    }
    if (patch.name) assertNameFree(stages, patch.name, id);
    // A stage that becomes won or lost takes that kind's usual probability unless one is given.
    const probability =
      patch.probability ?? (kindChanged && kind !== 'open' ? (kind === 'won' ? 100 : 0) : undefined);
    const changes: Partial<typeof pipelineStages.$inferInsert> = {};
    if (patch.name !== undefined) changes.name = patch.name;
    if (kindChanged) changes.kind = kind;
    if (probability !== undefined) changes.probability = probability;
    if (Object.keys(changes).length) {
      await tx.update(pipelineStages).set(changes).where(eq(pipelineStages.id, id));
    }
    if (kindChanged) await reclassifyDeals(tx, actor.accountId, id, kind);
    if (patch.sort !== undefined) {
      const others = stages.filter((s) => s.id !== id);
      await renumber(tx, stages, arrangeStages(others, { ...current, kind }, patch.sort));
    }
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'pipeline_stage.updated',
      actorUserId: actor.userId,
      entityType: 'pipeline_stage',
      entityId: id,
      payload: { key: current.key, fields: Object.keys(patch), kind },
    });
    return toStageOut(await findStage(tx, actor.accountId, id));
  });
}
