import { erasePersonFromAiData } from '../../governance/erasure/erase-person.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { removeEntity } from '../shared/remove-entity.js';
import { assertMayDelete } from '../shared/stamps.js';
import { findContact } from './contacts.repository.js';

export async function deleteContact(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const contact = await findContact(tx, actor, id, { forUpdate: true });
    assertMayDelete('contact', actor, [contact.ownerId]);
    await removeEntity(tx, actor, 'contact', id, 'contact.deleted', {});
    // Their personal data goes from AI outputs too, in the same transaction.
    await erasePersonFromAiData(tx, actor.accountId, [
      `${contact.firstName} ${contact.lastName}`.trim(),
      contact.email,
      contact.phone,
    ]);
  });
}
