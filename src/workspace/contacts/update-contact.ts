import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { companies, contacts } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { validateCustomFields } from '../custom-fields/validate-custom-fields.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertInAccount } from '../shared/references.js';
import { assertVersion, touch } from '../shared/stamps.js';
import { ContactUpdate } from './contact.schema.js';
import { findContact } from './contacts.repository.js';

export async function updateContact(db: Database, actor: Actor, id: string, input: ContactUpdate) {
  const { version, ...patch } = ContactUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findContact(tx, actor, id, { forUpdate: true });
    assertVersion('contact', current, version);
    await assertUsersInAccount(
      tx,
      actor.accountId,
      [patch.ownerId, ...(patch.participantIds ?? [])].filter((v): v is string => !!v),
      actor.userId,
    );
    await assertInAccount(tx, actor.accountId, companies, [patch.companyId], 'companyId');
    const customFields = patch.customFields
      ? await validateCustomFields(tx, actor.accountId, 'contact', {
          ...current.customFields,
          ...patch.customFields,
        })
      : undefined;
    const [row] = await tx
      .update(contacts)
      .set({ ...patch, ...(customFields ? { customFields } : {}), ...touch(contacts) })
      .where(eq(contacts.id, current.id))
      .returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'contact.updated',
      actorUserId: actor.userId,
      entityType: 'contact',
      entityId: id,
      payload: { fields: Object.keys(patch) },
    });
    return withoutAccount(row!);
  });
}
