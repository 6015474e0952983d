import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { companies, contacts, deals } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { validateCustomFields } from '../custom-fields/validate-custom-fields.js';
import { assertInAccount } from '../shared/references.js';
import { DealCreate } from './deal.schema.js';
import { stageOf, toOut } from './deals.repository.js';

export async function createDeal(db: Database, actor: Actor, input: DealCreate) {
  const data = DealCreate.parse(input);
  return db.transaction(async (tx) => {
    const stage = await stageOf(tx, actor.accountId, data.stageId);
    const ownerId = data.ownerId ?? actor.userId;
    await assertUsersInAccount(tx, actor.accountId, [ownerId, ...data.participantIds], actor.userId);
    await assertInAccount(tx, actor.accountId, companies, [data.companyId], 'companyId');
    await assertInAccount(tx, actor.accountId, contacts, data.contactIds, 'contactIds');
    const customFields = await validateCustomFields(tx, actor.accountId, 'deal', data.customFields);
    const [row] = await tx
      .insert(deals)
      .values({
        id: newId(),
        accountId: actor.accountId,
        title: data.title,
        stageId: stage.id,
        amount: data.amount ?? null,
        currency: data.currency,
        expectedCloseDate: data.expectedCloseDate ?? null,
        probability: data.probability ?? stage.probability,
        source: data.source ?? null,
        companyId: data.companyId ?? null,
        contactIds: data.contactIds,
        ownerId,
        participantIds: data.participantIds,
        customFields,
        closedAt: stage.kind === 'open' ? null : new Date(),
        createdBy: actor.userId,
      })
      .returning();
    const deal = row!;
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'deal.created',
      actorUserId: actor.userId,
      entityType: 'deal',
      entityId: deal.id,
      payload: {
        title: deal.title,
        stageId: deal.stageId,
        amount: deal.amount,
        currency: deal.currency,
        ownerId,
      },
    });
    return toOut(deal);
  });
}
