import { and, eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { deals, messages } from '../../store/schema/index.js';
import { findDeal } from './deals.repository.js';

/** Only the owner or an admin deletes a deal; its timeline goes with it. */
export async function deleteDeal(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const deal = await findDeal(tx, actor, id, { forUpdate: true });
    if (actor.role !== 'admin' && deal.ownerId !== actor.userId) {
      throw new AppError('forbidden', 'Only the owner or an administrator may delete this deal');
    }
    await tx.delete(messages).where(and(eq(messages.entityType, 'deal'), eq(messages.entityId, id)));
    await tx.delete(deals).where(eq(deals.id, id));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'deal.deleted',
      actorUserId: actor.userId,
      entityType: 'deal',
      entityId: id,
      payload: { title: deal.title },
    });
  });
}
