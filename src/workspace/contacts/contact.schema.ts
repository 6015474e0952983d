import { z } from 'zod';
import { listParam, PageQuery } from '../shared/pagination.js';
import { VersionGuard } from '../shared/stamps.js';

const fields = {
  firstName: z.string().trim().min(1).max(200),
  lastName: z.string().trim().max(200),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)).nullable(),
  phone: z.string().trim().max(50).nullable(),
  position: z.string().trim().max(200).nullable(),
  companyId: z.uuid().nullable(),
  ownerId: z.uuid(),
  participantIds: z.array(z.uuid()).max(100),
  customFields: z.record(z.string().max(64), z.unknown()),
};

export const ContactCreate = z.strictObject({
  firstName: fields.firstName,
  lastName: fields.lastName.default(''),
  email: fields.email.optional(),
  phone: fields.phone.optional(),
  position: fields.position.optional(),
  companyId: fields.companyId.optional(),
  ownerId: fields.ownerId.optional(),
  participantIds: fields.participantIds.default([]),
  customFields: fields.customFields.default({}),
});
export type ContactCreate = z.input<typeof ContactCreate>;

export const ContactUpdate = z.strictObject({ ...fields, version: VersionGuard }).partial();
export type ContactUpdate = z.input<typeof ContactUpdate>;

export const ContactOut = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  position: z.string().nullable(),
  companyId: z.uuid().nullable(),
  ownerId: z.uuid().nullable(),
  participantIds: z.array(z.uuid()),
  customFields: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ContactListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Text in the name, email or phone'),
  companyId: z.uuid().optional(),
  ownerId: listParam(z.uuid()).optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'lastName', 'firstName']).default('lastName'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;
