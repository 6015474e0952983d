import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { companies, contacts } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { validateCustomFields } from '../custom-fields/validate-custom-fields.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertInAccount } from '../shared/references.js';
import { ContactCreate } from './contact.schema.js';

export async function createContact(db: Database, actor: Actor, input: ContactCreate) {
  const data = ContactCreate.parse(input);
  return db.transaction(async (tx) => {
    const ownerId = data.ownerId ?? actor.userId;
    await assertUsersInAccount(tx, actor.accountId, [ownerId, ...data.participantIds], actor.userId);
    await assertInAccount(tx, actor.accountId, companies, [data.companyId], 'companyId');
    const customFields = await validateCustomFields(tx, actor.accountId, 'contact', data.customFields);
    const [row] = await tx
      .insert(contacts)
      .values({ ...data, id: newId(), accountId: actor.accountId, ownerId, customFields })
      .returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'contact.created',
      actorUserId: actor.userId,
      entityType: 'contact',
      entityId: row!.id,
      payload: { companyId: row!.companyId },
    });
    return withoutAccount(row!);
  });
}
