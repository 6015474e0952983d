import { and, eq, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { messages } from '../../store/schema/index.js';
import { assertEntityVisible } from '../shared/entity-access.js';
import { MessageIn } from './message.schema.js';

async function loadOwnMessage(db: Database, actor: Actor, id: string, allowAdmin: boolean) {
  const [message] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.accountId, actor.accountId), eq(messages.id, id)));
  if (!message) throw notFound('Message');
  await assertEntityVisible(db, actor, message.entityType, message.entityId);
  const mayChange =
    message.kind === 'comment' &&
    (message.authorId === actor.userId || (allowAdmin && actor.role === 'admin'));
  if (!mayChange) throw new AppError('forbidden', 'Only the author may change this comment');
  return message;
}

/** Authors edit their own comments. */
export async function editMessage(db: Database, actor: Actor, id: string, input: unknown) {
  const { body } = MessageIn.parse(input);
  const message = await loadOwnMessage(db, actor, id, false);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(messages)
      .set({ body, editedAt: sql`now()` })
      .where(eq(messages.id, message.id))
      .returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'message.updated',
      actorUserId: actor.userId,
      entityType: message.entityType,
      entityId: message.entityId,
      payload: { messageId: id },
    });
    const { accountId: _a, ...out } = row!;
    return out;
  });
}

/** Authors delete their own comments; admins may delete any comment. */
export async function deleteMessage(db: Database, actor: Actor, id: string) {
  const message = await loadOwnMessage(db, actor, id, true);
  await db.transaction(async (tx) => {
    await tx.delete(messages).where(eq(messages.id, message.id));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'message.deleted',
      actorUserId: actor.userId,
      entityType: message.entityType,
      entityId: message.entityId,
      payload: { messageId: id },
    });
  });
}
