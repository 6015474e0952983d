import { and, eq } from 'drizzle-orm';
import type { Governance } from '../../governance/index.js';
import { runGovernedRequest } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import {
  type AutofillProposal,
  contacts,
  copilotAutofills,
  customFieldDefs,
  messages,
} from '../../store/schema/index.js';
import { findCall } from '../../workspace/calls/calls.repository.js';
import { findDeal } from '../../workspace/deals/deals.repository.js';
import { toAutofillOut } from './autofill.repository.js';
import { AutofillIn, type AutofillOut } from './autofill.schema.js';

type Extracted = {
  fields: { field: string; value: unknown; sourceSentence: string; confidence: number }[];
  contactRoles: { contactName: string; role: string; sourceSentence: string }[];
};

const BUILT_IN_FIELDS: Record<string, string> = {
  amount: 'Amount',
  currency: 'Currency',
  closeDate: 'Expected close date',
  nextStep: 'Next step',
};
/** The task's field names, as the deal's. */
const DEAL_FIELD: Record<string, string> = { closeDate: 'expectedCloseDate' };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Reads deal fields from a call transcript, a message or pasted text and stores them as a proposal:
 * current → proposed, each with the sentence it came from. Nothing on the deal changes here.
 */
export async function proposeAutofill(
  db: Database,
  g: Governance,
  actor: Actor,
  raw: AutofillIn,
  signal: AbortSignal,
): Promise<AutofillOut> {
  const input = AutofillIn.parse(raw);
  const deal = await findDeal(db, actor, input.dealId);
  let text: string;
  let sourceId: string | null = null;
  if (input.source.type === 'call') {
    const call = await findCall(db, actor, input.source.id);
    if (call.dealId !== deal.id) throw new AppError('validation_failed', 'That call is not on this deal');
    if (!call.transcript?.trim())
      throw new AppError('validation_failed', 'The call has no transcript yet', { field: 'source.id' });
    text = call.transcript;
    sourceId = call.id;
  } else if (input.source.type === 'message') {
    const [m] = await db
      .select({ body: messages.body })
      .from(messages)
      .where(
        and(
          eq(messages.accountId, actor.accountId),
          eq(messages.id, input.source.id),
          eq(messages.entityType, 'deal'),
          eq(messages.entityId, deal.id),
        ),
      );
    if (!m) throw notFound('Message');
    text = m.body;
    sourceId = input.source.id;
  } else text = input.source.text;

  const [defs, people] = await Promise.all([
    db
      .select()
      .from(customFieldDefs)
      .where(and(eq(customFieldDefs.accountId, actor.accountId), eq(customFieldDefs.entityType, 'deal'))),
    deal.contactIds.length
      ? db
          .select({ id: contacts.id, first: contacts.firstName, last: contacts.lastName })
          .from(contacts)
          .where(eq(contacts.accountId, actor.accountId))
      : Promise.resolve([]),
  ]);
  const current: Record<string, unknown> = {
    amount: deal.amount === null ? null : Number(deal.amount),
    currency: deal.currency,
    closeDate: deal.expectedCloseDate,
    nextStep: null,
    ...Object.fromEntries(Object.entries(deal.customFields).map(([k, v]) => [`custom.${k}`, v])),
  };
  const result = await runGovernedRequest(
    g,
    {
      id: newId(),
      accountId: actor.accountId,
      userId: actor.userId,
      initiator: { type: 'user', userId: actor.userId },
      surface: 'deal',
      technologyId: input.technologyId,
      text: {
        task: {
          task: 'crm_autofill',
          input: text,
          options: {
            referenceDate: new Date().toISOString(),
            facts: {
              currentFields: current,
              customFields: defs.map((d) => ({
                key: d.key,
                label: d.label,
                type: d.type,
                options: d.options,
              })),
              contacts: people
                .filter((p) => deal.contactIds.includes(p.id))
                .map((p) => ({ id: p.id, name: `${p.first} ${p.last}`.trim() })),
              products: defs.find((d) => d.key === 'products')?.options ?? [],
            },
          },
        },
      },
    },
    signal,
  );
  const extracted = result.output as Extracted;
  const labels = new Map(defs.map((d) => [`custom.${d.key}`, d.label]));
  const proposals: AutofillProposal[] = extracted.fields
    .filter((f) => f.field in BUILT_IN_FIELDS || labels.has(f.field))
    .filter((f) => f.value !== null && !same(f.value, current[f.field]))
    .map((f) => ({
      field: DEAL_FIELD[f.field] ?? f.field,
      label: BUILT_IN_FIELDS[f.field] ?? labels.get(f.field) ?? f.field,
      current: current[f.field] ?? null,
      proposed: f.value,
      sourceSentence: f.sourceSentence,
      confidence: f.confidence,
    }));
  const [row] = await db
    .insert(copilotAutofills)
    .values({
      id: newId(),
      accountId: actor.accountId,
      dealId: deal.id,
      sourceType: input.source.type,
      sourceId,
      contentId: result.contentId,
      label: result.label,
      dealVersion: deal.version,
      proposals,
      contactRoles: extracted.contactRoles,
      createdBy: actor.userId,
    })
    .returning();
  return toAutofillOut(row!);
}
