import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { pipelineStages } from '../../store/schema/index.js';
import { SORT_STEP } from './arrange-stages.js';
import type { StageOut } from './stage.schema.js';

type Stage = typeof pipelineStages.$inferSelect;

const columns = {
  id: pipelineStages.id,
  key: pipelineStages.key,
  name: pipelineStages.name,
  kind: pipelineStages.kind,
  sort: pipelineStages.sort,
  probability: pipelineStages.probability,
};

export const toStageOut = ({ accountId: _a, ...stage }: Stage): StageOut => stage;

/** The account's pipeline, in order. */
export async function listStages(db: DbOrTx, accountId: string): Promise<StageOut[]> {
  return db
    .select(columns)
    .from(pipelineStages)
    .where(eq(pipelineStages.accountId, accountId))
    .orderBy(asc(pipelineStages.sort));
}

export async function findStage(db: DbOrTx, accountId: string, id: string): Promise<Stage> {
  const [stage] = await db
    .select()
    .from(pipelineStages)
    .where(and(eq(pipelineStages.accountId, accountId), eq(pipelineStages.id, id)));
  if (!stage) throw notFound('Pipeline stage');
  return stage;
}

/**
 * Serialises changes to the shape of an account's pipeline (so that two admins cannot each remove
 * "the other" last open stage, or both claim one key) and returns the stages as they are now. A
 * transaction-scoped advisory lock: it blocks no reader and no deal write.
 */
export async function lockPipeline(tx: DbOrTx, accountId: string): Promise<Stage[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`pipeline:${accountId}`}, 0))`);
  return tx
    .select()
    .from(pipelineStages)
    .where(eq(pipelineStages.accountId, accountId))
    .orderBy(asc(pipelineStages.sort));
}

export function assertNameFree(stages: readonly Stage[], name: string, except?: string): void {
  const clash = stages.find((s) => s.id !== except && s.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new AppError('conflict', `A stage named "${clash.name}" already exists`, { field: 'name' });
}

/** Writes sort values 0, 10, 20… in the given order, touching only rows whose value changes. */
export async function renumber(
  tx: DbOrTx,
  stages: readonly Stage[],
  order: readonly string[],
): Promise<void> {
  const current = new Map(stages.map((s) => [s.id, s.sort]));
  for (const [i, id] of order.entries()) {
    const sort = i * SORT_STEP;
    if (current.get(id) === sort) continue;
    await tx.update(pipelineStages).set({ sort }).where(eq(pipelineStages.id, id));
  }
}

export const openStageCount = (stages: readonly Stage[]) => stages.filter((s) => s.kind === 'open').length;
