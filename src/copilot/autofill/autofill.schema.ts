import { z } from 'zod';
import { AUTOFILL_STATUSES } from '../../store/schema/index.js';

export const AutofillIn = z.strictObject({
  dealId: z.uuid(),
  source: z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('call'),
      id: z.uuid().describe('A call on the deal, with a transcript'),
    }),
    z.strictObject({ type: z.literal('message'), id: z.uuid().describe('A message on the deal') }),
    z.strictObject({ type: z.literal('text'), text: z.string().trim().min(1).max(200_000) }),
  ]),
  technologyId: z.string().min(1).max(100).optional(),
});
export type AutofillIn = z.input<typeof AutofillIn>;

export const ProposalOut = z.object({
  field: z.string().describe('amount, currency, expectedCloseDate, nextStep or custom.<key>'),
  label: z.string(),
  current: z.unknown(),
  proposed: z.unknown(),
  sourceSentence: z.string().describe('The sentence of the source it was read from'),
  confidence: z.number(),
});

export const AutofillOut = z.object({
  id: z.string(),
  dealId: z.string(),
  sourceType: z.string(),
  sourceId: z.string().nullable(),
  contentId: z.string(),
  label: z.string(),
  dealVersion: z.number(),
  proposals: z.array(ProposalOut),
  contactRoles: z.array(z.object({ contactName: z.string(), role: z.string(), sourceSentence: z.string() })),
  status: z.enum(AUTOFILL_STATUSES),
  acceptedFields: z.array(z.string()),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
});
export type AutofillOut = z.infer<typeof AutofillOut>;

export const ApplyAutofillIn = z.strictObject({
  fields: z
    .array(z.string().max(100))
    .min(1)
    .max(50)
    .describe('The proposals to write; the rest are dropped'),
});
