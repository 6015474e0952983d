import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { companies, contacts, deals } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { validateCustomFields } from '../custom-fields/validate-custom-fields.js';
import { assertInAccount } from '../shared/references.js';
import { touch } from '../shared/stamps.js';
import { addSystemNote } from '../timeline/add-system-note.js';
import { DealUpdate } from './deal.schema.js';
import { findDeal, stageOf, toOut } from './deals.repository.js';

/** Partial update. A stage change also records `deal.stage_changed` and a note on the timeline. */
export async function updateDeal(db: DbOrTx, actor: Actor, id: string, input: DealUpdate) {
  const { version, ...patch } = DealUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findDeal(tx, actor, id, { forUpdate: true });
    if (version !== undefined && version !== current.version) {
      throw new AppError(
        'version_conflict',
        'The deal was changed by someone else; reload it and try again',
        {
          currentVersion: current.version,
        },
      );
    }
    const changes: Partial<typeof deals.$inferInsert> = { ...patch };
    const stage =
      patch.stageId && patch.stageId !== current.stageId
        ? await stageOf(tx, actor.accountId, patch.stageId)
        : undefined;
    if (stage) {
      changes.closedAt = stage.kind === 'open' ? null : new Date();
      if (patch.probability === undefined) changes.probability = stage.probability;
    }
    await assertUsersInAccount(
      tx,
      actor.accountId,
      [patch.ownerId, ...(patch.participantIds ?? [])].filter((v): v is string => !!v),
      actor.userId,
    );
    await assertInAccount(tx, actor.accountId, companies, [patch.companyId], 'companyId');
    await assertInAccount(tx, actor.accountId, contacts, patch.contactIds ?? [], 'contactIds');
    if (patch.customFields) {
      changes.customFields = await validateCustomFields(tx, actor.accountId, 'deal', {
        ...current.customFields,
        ...patch.customFields,
      });
    }
    const [row] = await tx
      .update(deals)
      .set({ ...changes, ...touch(deals), lastActivityAt: new Date() })
      .where(eq(deals.id, current.id))
      .returning();
    const deal = row!;
    const base = {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      entityType: 'deal',
      entityId: deal.id,
    } as const;
    await emitEvent(tx, { ...base, type: 'deal.updated', payload: { fields: Object.keys(patch) } });
    if (stage) {
      const from = await stageOf(tx, actor.accountId, current.stageId);
      await emitEvent(tx, {
        ...base,
        type: 'deal.stage_changed',
        payload: { fromStageId: from.id, toStageId: stage.id, fromStage: from.key, toStage: stage.key },
      });
      await addSystemNote(tx, actor, 'deal', deal.id, `Stage changed from ${from.name} to ${stage.name}`);
    }
    return toOut(deal);
  });
}
