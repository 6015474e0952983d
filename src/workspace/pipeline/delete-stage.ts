import { and, eq, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { deals, pipelineStages } from '../../store/schema/index.js';
import { findStage, lockPipeline, openStageCount } from './pipeline.repository.js';

/** An admin removes an empty stage; deals are never deleted or moved implicitly. */
export async function deleteStage(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    await findStage(tx, actor.accountId, id);
    requireAdmin(actor);
    const stages = await lockPipeline(tx, actor.accountId);
    // FOR UPDATE conflicts with the lock a deal write takes on the stage it points at: no deal can
    // enter this stage between the count below and the delete.
    const [stage] = await tx
      .select()
      .from(pipelineStages)
      .where(and(eq(pipelineStages.accountId, actor.accountId), eq(pipelineStages.id, id)))
      .for('update');
    if (!stage) throw notFound('Pipeline stage');
    const [held] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(deals)
      // Every deal that points at the stage counts, whatever its account: the foreign key would.
      .where(eq(deals.stageId, id));
    const n = held?.n ?? 0;
    if (n > 0) {
      throw new AppError(
        'conflict',
        `${n} deal${n === 1 ? ' is' : 's are'} in the stage "${stage.name}"; move them to another stage first`,
        { deals: n },
      );
    }
    if (stage.kind === 'open' && openStageCount(stages) === 1) {
      throw new AppError('conflict', 'The pipeline needs at least one open stage');
    }
    await tx.delete(pipelineStages).where(eq(pipelineStages.id, id));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'pipeline_stage.deleted',
      actorUserId: actor.userId,
      entityType: 'pipeline_stage',
      entityId: id,
      payload: { key: stage.key, name: stage.name },
    });
  });
}
