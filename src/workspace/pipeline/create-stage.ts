import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { pipelineStages } from '../../store/schema/index.js';
import { arrangeStages, keyFor } from './arrange-stages.js';
import { assertNameFree, findStage, lockPipeline, renumber, toStageOut } from './pipeline.repository.js';
import { StageCreate } from './stage.schema.js';

/** An admin adds a stage to the account's pipeline. */
export async function createStage(db: Database, actor: Actor, input: StageCreate) {
  requireAdmin(actor);
  const data = StageCreate.parse(input);
  return db.transaction(async (tx) => {
    const stages = await lockPipeline(tx, actor.accountId);
    assertNameFree(stages, data.name);
    const taken = new Set(stages.map((s) => s.key));
    if (data.key && taken.has(data.key)) {
      throw new AppError('conflict', `A stage with the key "${data.key}" already exists`, { field: 'key' });
    }
    const [row] = await tx
      .insert(pipelineStages)
      .values({
        id: newId(),
        accountId: actor.accountId,
        key: data.key ?? keyFor(data.name, taken),
        name: data.name,
        kind: data.kind,
        probability: data.probability ?? (data.kind === 'won' ? 100 : 0),
        sort: 0,
      })
      .returning();
    const stage = row!;
    await renumber(tx, [...stages, stage], arrangeStages(stages, stage, data.sort));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'pipeline_stage.created',
      actorUserId: actor.userId,
      entityType: 'pipeline_stage',
      entityId: stage.id,
      payload: { key: stage.key, name: stage.name, kind: stage.kind },
    });
    return toStageOut(await findStage(tx, actor.accountId, stage.id));
  });
}
