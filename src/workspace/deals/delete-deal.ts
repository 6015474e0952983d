import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { removeEntity } from '../shared/remove-entity.js';
import { assertMayDelete } from '../shared/stamps.js';
import { findDeal } from './deals.repository.js';

/** Only the owner or an admin deletes a deal; its timeline goes with it. */
export async function deleteDeal(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const deal = await findDeal(tx, actor, id, { forUpdate: true });
    assertMayDelete('deal', actor, [deal.ownerId]);
    await removeEntity(tx, actor, 'deal', id, 'deal.deleted', { title: deal.title });
  });
}
