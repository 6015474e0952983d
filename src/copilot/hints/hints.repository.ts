import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { copilotHints, copilotTriggerSettings } from '../../store/schema/index.js';
import { assertEntityVisible } from '../../workspace/shared/entity-access.js';
import type { HintOut } from './hint.schema.js';
import {
  COPILOT_TRIGGERS,
  type CopilotTrigger,
  type HintEntity,
  type HintKind,
  TRIGGER_NAMES,
} from './hint-kinds.js';
import { COPILOT_WORK_CHANNEL } from './hint-triggers.js';

/** The hints on an entity, for a user who may see it (one who may not gets not_found). */
export async function listHints(db: DbOrTx, actor: Actor, entityType: HintEntity, entityId: string) {
  await assertEntityVisible(db, actor, entityType, entityId);
  const rows = await db
    .select()
    .from(copilotHints)
    .where(
      and(
        eq(copilotHints.accountId, actor.accountId),
        eq(copilotHints.entityType, entityType),
        eq(copilotHints.entityId, entityId),
      ),
    );
  return rows.map(toHintOut);
}

export function toHintOut(r: typeof copilotHints.$inferSelect): HintOut {
  return {
    id: r.id,
    kind: r.kind as HintKind,
    trigger: r.trigger,
    status: r.status,
    text: r.text,
    output: r.output ?? null,
    label: r.label,
    contentId: r.contentId,
    technologyId: r.technologyId,
    model: r.model,
    sourceId: r.sourceId,
    errorCode: r.errorCode,
    errorMessage: r.errorMessage,
    requestedAt: r.requestedAt,
    computedAt: r.computedAt,
  };
}

/** A user asks for a fresh hint (after accepting the AI terms, or to try another technology). */
export async function refreshHint(
  db: Database,
  actor: Actor,
  entityType: HintEntity,
  entityId: string,
  kind: HintKind,
) {
  await assertEntityVisible(db, actor, entityType, entityId);
  const trigger = TRIGGER_NAMES.find((t) => COPILOT_TRIGGERS[t].kind === kind);
  if (!trigger || COPILOT_TRIGGERS[trigger].entityType !== entityType)
    throw new AppError('validation_failed', `There is no ${kind} hint on a ${entityType}`);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ sourceId: copilotHints.sourceId })
      .from(copilotHints)
      .where(
        and(
          eq(copilotHints.accountId, actor.accountId),
          eq(copilotHints.entityType, entityType),
          eq(copilotHints.entityId, entityId),
          eq(copilotHints.kind, kind),
        ),
      );
    if (kind === 'suggest_reply' && !existing)
      throw new AppError('not_found', 'There is no message to suggest a reply to');
    const [row] = await tx
      .insert(copilotHints)
      .values({
        id: newId(),
        accountId: actor.accountId,
        entityType,
        entityId,
        kind,
        cacheKey: `manual:${newId()}`,
        onBehalfOf: actor.userId,
        trigger,
        sourceId: existing?.sourceId ?? null,
        status: 'pending',
      })
      .onConflictDoUpdate({
        target: [copilotHints.accountId, copilotHints.entityType, copilotHints.entityId, copilotHints.kind],
        set: {
          cacheKey: sql`excluded.cache_key`,
          onBehalfOf: actor.userId,
          status: 'pending',
          attempts: 0,
          leaseUntil: null,
          requestedAt: sql`now()`,
          updatedAt: sql`now()`,
        },
      })
      .returning();
    await tx.execute(sql`select pg_notify(${COPILOT_WORK_CHANNEL}, '')`);
    return toHintOut(row!);
  });
}

export async function listTriggerSettings(db: DbOrTx, accountId: string) {
  const rows = await db
    .select()
    .from(copilotTriggerSettings)
    .where(eq(copilotTriggerSettings.accountId, accountId));
  const off = new Map(rows.map((r) => [r.trigger, r.enabled]));
  return TRIGGER_NAMES.map((trigger) => ({
    trigger,
    ...COPILOT_TRIGGERS[trigger],
    enabled: off.get(trigger) ?? true,
  }));
}

export async function setTriggerEnabled(db: DbOrTx, actor: Actor, trigger: CopilotTrigger, enabled: boolean) {
  await db
    .insert(copilotTriggerSettings)
    .values({ accountId: actor.accountId, trigger, enabled, updatedBy: actor.userId })
    .onConflictDoUpdate({
      target: [copilotTriggerSettings.accountId, copilotTriggerSettings.trigger],
      set: { enabled, updatedBy: actor.userId, updatedAt: sql`now()` },
    });
  return (await listTriggerSettings(db, actor.accountId)).find((t) => t.trigger === trigger)!;
}
