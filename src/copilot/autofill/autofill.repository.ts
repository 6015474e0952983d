import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { copilotAutofills } from '../../store/schema/index.js';
import { findDeal } from '../../workspace/deals/deals.repository.js';
import type { AutofillOut } from './autofill.schema.js';

export function toAutofillOut(r: typeof copilotAutofills.$inferSelect): AutofillOut {
  return {
    id: r.id,
    dealId: r.dealId,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
    contentId: r.contentId,
    label: r.label,
    dealVersion: r.dealVersion,
    proposals: r.proposals,
    contactRoles: r.contactRoles as AutofillOut['contactRoles'],
    status: r.status,
    acceptedFields: r.acceptedFields,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  };
}

/** A deal's proposals, newest first, for a user who may see the deal. */
export async function listAutofills(db: DbOrTx, actor: Actor, dealId: string) {
  await findDeal(db, actor, dealId);
  const rows = await db
    .select()
    .from(copilotAutofills)
    .where(and(eq(copilotAutofills.accountId, actor.accountId), eq(copilotAutofills.dealId, dealId)))
    .orderBy(desc(copilotAutofills.createdAt))
    .limit(20);
  return rows.map(toAutofillOut);
}

export async function findAutofill(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(copilotAutofills)
    .where(and(eq(copilotAutofills.accountId, actor.accountId), eq(copilotAutofills.id, id)));
  if (!row) throw notFound('Proposal');
  await findDeal(db, actor, row.dealId);
  return row;
}
