import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { companies } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { validateCustomFields } from '../custom-fields/validate-custom-fields.js';
import { withoutAccount } from '../shared/list-page.js';
import { CompanyCreate } from './company.schema.js';

export async function createCompany(db: Database, actor: Actor, input: CompanyCreate) {
  const data = CompanyCreate.parse(input);
  return db.transaction(async (tx) => {
    const ownerId = data.ownerId ?? actor.userId;
    await assertUsersInAccount(tx, actor.accountId, [ownerId, ...data.participantIds], actor.userId);
    const customFields = await validateCustomFields(tx, actor.accountId, 'company', data.customFields);
    const [row] = await tx
      .insert(companies)
      .values({ ...data, id: newId(), accountId: actor.accountId, ownerId, customFields })
      .returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'company.created',
      actorUserId: actor.userId,
      entityType: 'company',
      entityId: row!.id,
      payload: { name: row!.name },
    });
    return withoutAccount(row!);
  });
}
