import { eq, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { deals, messages, type TimelineEntity } from '../../store/schema/index.js';
import { assertEntityVisible } from '../shared/entity-access.js';
import { MessageIn } from './message.schema.js';

/** A comment on any entity the actor can see; `message.posted` carries the entity so CoPilot can answer. */
export async function postMessage(
  db: Database,
  actor: Actor,
  entityType: TimelineEntity,
  entityId: string,
  input: unknown,
) {
  const { body } = MessageIn.parse(input);
  return db.transaction(async (tx) => {
    await assertEntityVisible(tx, actor, entityType, entityId);
    const [row] = await tx
      .insert(messages)
      .values({ id: newId(), accountId: actor.accountId, entityType, entityId, authorId: actor.userId, body })
      .returning();
    const message = row!;
    if (entityType === 'deal')
      await tx.update(deals).set({ lastActivityAt: sql`now()` }).where(eq(deals.id, entityId));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'message.posted',
      actorUserId: actor.userId,
      entityType,
      entityId,
      payload: { messageId: message.id, length: body.length },
    });
    const { accountId: _a, ...out } = message;
    return out;
  });
}
