import { and, eq } from 'drizzle-orm';
import { type DomainEventType, emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { messages, type TimelineEntity } from '../../store/schema/index.js';
import { ENTITY_ACCESS } from './entity-access.js';

/** Deletes a record with its timeline and records the event, inside the caller's transaction. */
export async function removeEntity(
  tx: DbOrTx,
  actor: Actor,
  type: TimelineEntity,
  id: string,
  eventType: DomainEventType,
  payload: Record<string, unknown>,
): Promise<void> {
  const { table } = ENTITY_ACCESS[type];
  await tx
    .delete(messages)
    .where(
      and(eq(messages.accountId, actor.accountId), eq(messages.entityType, type), eq(messages.entityId, id)),
    );
  await tx.delete(table).where(and(eq(table.accountId, actor.accountId), eq(table.id, id)));
  await emitEvent(tx, {
    accountId: actor.accountId,
    type: eventType,
    actorUserId: actor.userId,
    entityType: type,
    entityId: id,
    payload,
  });
}
