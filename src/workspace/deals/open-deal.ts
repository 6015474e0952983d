import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { findDeal } from './deals.repository.js';

/** A user opened the deal's page: the event that later lets CoPilot prepare a brief. */
export async function openDeal(db: Database, actor: Actor, id: string) {
  const deal = await findDeal(db, actor, id);
  await emitEvent(db, {
    accountId: actor.accountId,
    type: 'deal.opened',
    actorUserId: actor.userId,
    entityType: 'deal',
    entityId: deal.id,
    payload: { version: deal.version },
  });
}
