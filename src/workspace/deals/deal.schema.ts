import { z } from 'zod';
import { listParam, PageQuery, SortOrder } from '../shared/pagination.js';

const AMOUNT = z
  .union([z.number(), z.string()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^-?\d{1,14}(\.\d{1,2})?$/, 'a decimal amount with at most 2 decimals'));
export const CURRENCY = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD'));
const CUSTOM = z.record(z.string().max(64), z.unknown());

const dealFields = {
  title: z.string().trim().min(1).max(300),
  stageId: z.uuid(),
  amount: AMOUNT.nullable(),
  currency: CURRENCY,
  expectedCloseDate: z.iso.date().nullable(),
  probability: z.number().int().min(0).max(100).nullable(),
  source: z.string().trim().max(100).nullable(),
  companyId: z.uuid().nullable(),
  contactIds: z.array(z.uuid()).max(100),
  ownerId: z.uuid(),
  participantIds: z.array(z.uuid()).max(100),
  customFields: CUSTOM,
};

export const DealCreate = z.strictObject({
  ...dealFields,
  stageId: dealFields.stageId.optional(),
  amount: dealFields.amount.optional(),
  currency: dealFields.currency.default('USD'),
  expectedCloseDate: dealFields.expectedCloseDate.optional(),
  probability: dealFields.probability.optional(),
  source: dealFields.source.optional(),
  companyId: dealFields.companyId.optional(),
  contactIds: dealFields.contactIds.default([]),
  ownerId: dealFields.ownerId.optional(),
  participantIds: dealFields.participantIds.default([]),
  customFields: CUSTOM.default({}),
});
export type DealCreate = z.input<typeof DealCreate>;

export const DealUpdate = z
  .strictObject({
    ...dealFields,
    version: z
      .number()
      .int()
      .min(1)
      .describe('Fail with version_conflict unless this is the current version'),
  })
  .partial();
export type DealUpdate = z.input<typeof DealUpdate>;

export const DealOut = z.object({
  id: z.uuid(),
  title: z.string(),
  stageId: z.uuid(),
  amount: z.string().nullable(),
  currency: z.string(),
  expectedCloseDate: z.string().nullable(),
  probability: z.number().nullable(),
  source: z.string().nullable(),
  companyId: z.uuid().nullable(),
  contactIds: z.array(z.uuid()),
  ownerId: z.uuid().nullable(),
  participantIds: z.array(z.uuid()),
  customFields: z.record(z.string(), z.unknown()),
  closedAt: z.date().nullable(),
  lastActivityAt: z.date(),
  createdBy: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DealOut = z.infer<typeof DealOut>;

export const DealListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Text in the title'),
  stageId: listParam(z.uuid()).optional(),
  ownerId: listParam(z.uuid()).optional(),
  companyId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  amountMin: z.coerce.number().optional(),
  amountMax: z.coerce.number().optional(),
  sort: z
    .enum(['createdAt', 'updatedAt', 'amount', 'title', 'expectedCloseDate', 'lastActivityAt'])
    .default('createdAt'),
  order: SortOrder,
});
export type DealListQuery = z.infer<typeof DealListQuery>;
