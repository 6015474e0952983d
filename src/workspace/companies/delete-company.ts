import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { removeEntity } from '../shared/remove-entity.js';
import { assertMayDelete } from '../shared/stamps.js';
import { findCompany } from './companies.repository.js';

/** Deals and contacts of a deleted company keep existing, unlinked (ON DELETE SET NULL). */
export async function deleteCompany(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const company = await findCompany(tx, actor, id, { forUpdate: true });
    assertMayDelete('company', actor, [company.ownerId]);
    await removeEntity(tx, actor, 'company', id, 'company.deleted', { name: company.name });
  });
}
