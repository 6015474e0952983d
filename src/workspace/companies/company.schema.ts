import { z } from 'zod';
import { listParam, PageQuery } from '../shared/pagination.js';
import { VersionGuard } from '../shared/stamps.js';

const fields = {
  name: z.string().trim().min(1).max(300),
  industry: z.string().trim().max(100).nullable(),
  website: z
    .url({ protocol: /^https?$/, message: 'an http(s) address' })
    .max(2000)
    .nullable(),
  phone: z.string().trim().max(50).nullable(),
  address: z.string().trim().max(1000).nullable(),
  ownerId: z.uuid(),
  participantIds: z.array(z.uuid()).max(100),
  customFields: z.record(z.string().max(64), z.unknown()),
};

export const CompanyCreate = z.strictObject({
  name: fields.name,
  industry: fields.industry.optional(),
  website: fields.website.optional(),
  phone: fields.phone.optional(),
  address: fields.address.optional(),
  ownerId: fields.ownerId.optional(),
  participantIds: fields.participantIds.default([]),
  customFields: fields.customFields.default({}),
});
export type CompanyCreate = z.input<typeof CompanyCreate>;

export const CompanyUpdate = z.strictObject({ ...fields, version: VersionGuard }).partial();
export type CompanyUpdate = z.input<typeof CompanyUpdate>;

export const CompanyOut = z.object({
  id: z.uuid(),
  name: z.string(),
  industry: z.string().nullable(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  participantIds: z.array(z.uuid()),
  customFields: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const CompanyListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Text in the name, industry or website'),
  ownerId: listParam(z.uuid()).optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'name']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type CompanyListQuery = z.infer<typeof CompanyListQuery>;
