import { eq, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../../store/database.js';
import { deals, messages, type TimelineEntity } from '../../store/schema/index.js';
import { assertAiContentUsable } from '../shared/ai-content.js';
import { assertEntityVisible } from '../shared/entity-access.js';
import { MessageIn } from './message.schema.js';

/** A comment on any entity the actor can see; `message.posted` carries the entity so CoPilot can answer. */
export async function postMessage(
  db: DbOrTx,
  actor: Actor,
  entityType: TimelineEntity,
  entityId: string,
  input: unknown,
) {
  const { body, aiContentId } = MessageIn.parse(input);
  return db.transaction(async (tx) => {
    await assertEntityVisible(tx, actor, entityType, entityId);
    await assertAiContentUsable(tx, actor, aiContentId);
    const [row] = await tx
      .insert(messages)
      .values({
        id: newId(),
        accountId: actor.accountId,
        entityType,
        entityId,
        authorId: actor.userId,
        body,
        aiContentId: aiContentId ?? null,
      })
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
