import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { companies } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { validateCustomFields } from '../custom-fields/validate-custom-fields.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertVersion, touch } from '../shared/stamps.js';
import { findCompany } from './companies.repository.js';
import { CompanyUpdate } from './company.schema.js';

export async function updateCompany(db: Database, actor: Actor, id: string, input: CompanyUpdate) {
  const { version, ...patch } = CompanyUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findCompany(tx, actor, id, { forUpdate: true });
    assertVersion('company', current, version);
    await assertUsersInAccount(
      tx,
      actor.accountId,
      [patch.ownerId, ...(patch.participantIds ?? [])].filter((v): v is string => !!v),
      actor.userId,
    );
    const customFields = patch.customFields
      ? await validateCustomFields(tx, actor.accountId, 'company', {
          ...current.customFields,
          ...patch.customFields,
        })
      : undefined;
    const [row] = await tx
      .update(companies)
      .set({ ...patch, ...(customFields ? { customFields } : {}), ...touch(companies) })
      .where(eq(companies.id, current.id))
      .returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'company.updated',
      actorUserId: actor.userId,
      entityType: 'company',
      entityId: id,
      payload: { fields: Object.keys(patch) },
    });
    return withoutAccount(row!);
  });
}
