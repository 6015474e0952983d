import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { copilotAutofills } from '../../store/schema/index.js';
import { findDeal } from '../../workspace/deals/deals.repository.js';
import { updateDeal } from '../../workspace/deals/update-deal.js';
import { createTask } from '../../workspace/tasks/create-task.js';
import { addSystemNote } from '../../workspace/timeline/add-system-note.js';
import { findAutofill, toAutofillOut } from './autofill.repository.js';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') : String(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function currentValue(deal: Awaited<ReturnType<typeof findDeal>>, field: string): unknown {
  if (field === 'amount') return deal.amount === null ? null : Number(deal.amount);
  if (field === 'currency') return deal.currency;
  if (field === 'expectedCloseDate') return deal.expectedCloseDate;
  if (field.startsWith('custom.')) return deal.customFields[field.slice(7)] ?? null;
  return null;
}

/**
 * Writes the fields a user accepted, all at once or not at all: the deal update, a next-step task,
 * and a note on the deal's timeline naming who accepted what from which AI content. A proposal is
 * answered once (compare-and-set on its status); a field changed by someone since it was proposed is a
 * conflict, not an overwrite.
 */
export async function applyAutofill(db: Database, actor: Actor, id: string, fields: string[]) {
  return db.transaction(async (tx) => {
    const row = await findAutofill(tx, actor, id);
    const unknown = fields.filter((f) => !row.proposals.some((p) => p.field === f));
    if (unknown.length)
      throw new AppError('validation_failed', `Not proposed: ${unknown.join(', ')}`, { field: 'fields' });
    const claimed = await tx
      .update(copilotAutofills)
      .set({ status: 'applied', acceptedFields: fields, decidedBy: actor.userId, decidedAt: sql`now()` })
      .where(and(eq(copilotAutofills.id, id), eq(copilotAutofills.status, 'proposed')))
      .returning();
    if (!claimed.length) throw new AppError('conflict', `This proposal was already ${row.status}`);
    const deal = await findDeal(tx, actor, row.dealId, { forUpdate: true });
    const chosen = row.proposals.filter((p) => fields.includes(p.field));
    const moved = chosen.filter(
      (p) => p.field !== 'nextStep' && !same(currentValue(deal, p.field), p.current),
    );
    if (moved.length)
      throw new AppError(
        'version_conflict',
        `Changed on the deal since CoPilot proposed it: ${moved.map((p) => p.label).join(', ')}. Ask for a new proposal.`,
      );
    const patch: Record<string, unknown> = {};
    const custom: Record<string, unknown> = {};
    for (const p of chosen) {
      if (p.field === 'amount') patch.amount = String(p.proposed);
      else if (p.field === 'currency') patch.currency = p.proposed;
      else if (p.field === 'expectedCloseDate') patch.expectedCloseDate = p.proposed;
      else if (p.field.startsWith('custom.')) custom[p.field.slice(7)] = p.proposed;
    }
    if (Object.keys(custom).length) patch.customFields = custom;
    const updated = Object.keys(patch).length ? await updateDeal(tx, actor, deal.id, patch) : undefined;
    const next = chosen.find((p) => p.field === 'nextStep');
    if (next)
      await createTask(tx, actor, {
        title: `Next step: ${String(next.proposed)}`.slice(0, 300),
        description: `Proposed by CoPilot from: "${next.sourceSentence}"`,
        dealId: deal.id,
      });
    const lines = chosen.map((p) => `${p.label}: ${show(p.current)} → ${show(p.proposed)}`);
    await addSystemNote(
      tx,
      actor,
      'deal',
      deal.id,
      `Accepted CoPilot's proposal (${row.label}; content ${row.contentId}): ${lines.join('; ')}`,
    );
    return { autofill: toAutofillOut(claimed[0]!), dealVersion: updated?.version ?? deal.version };
  });
}

export async function discardAutofill(db: Database, actor: Actor, id: string) {
  const row = await findAutofill(db, actor, id);
  const claimed = await db
    .update(copilotAutofills)
    .set({ status: 'discarded', decidedBy: actor.userId, decidedAt: sql`now()` })
    .where(and(eq(copilotAutofills.id, id), eq(copilotAutofills.status, 'proposed')))
    .returning();
  if (!claimed.length) throw new AppError('conflict', `This proposal was already ${row.status}`);
  return toAutofillOut(claimed[0]!);
}
