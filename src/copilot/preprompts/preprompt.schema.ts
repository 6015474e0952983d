import { z } from 'zod';
import { LIBRARY_SCOPES } from '../../store/schema/index.js';
import { PLACEMENT_NAMES, SECTIONS } from './placements.js';

const code = z.string().regex(/^[a-z0-9_-]{1,64}$/, 'use 1–64 lowercase letters, digits, _ or -');

export const PrepromptIn = z.strictObject({
  scope: z.enum(LIBRARY_SCOPES).describe('account (admins; everyone sees it) or personal (only you)'),
  code,
  title: z.string().trim().min(1).max(200),
  placement: z.enum(PLACEMENT_NAMES).describe('The editor it is offered in'),
  section: z.enum(SECTIONS),
  template: z.string().min(1).max(20_000),
});
export type PrepromptIn = z.infer<typeof PrepromptIn>;

export const PrepromptUpdate = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  template: z.string().min(1).max(20_000).optional(),
  version: z.number().int().min(1).describe('The version you edited (optimistic concurrency)'),
});

export const PrepromptOut = z.object({
  ref: z.string().describe('builtin:<code> or the pre-prompt id'),
  id: z.string().nullable(),
  scope: z.enum(['builtin', ...LIBRARY_SCOPES]),
  code: z.string(),
  title: z.string(),
  placement: z.string().describe('A placement, or * for every editor'),
  section: z.enum(SECTIONS),
  template: z.string(),
  version: z.number(),
  /** The built-in local engine can perform it (without a generative technology). */
  worksOffline: z.boolean(),
  updatedAt: z.date().nullable(),
});
export type PrepromptOut = z.infer<typeof PrepromptOut>;

export const PrepromptQuery = z.object({
  placement: z.enum(PLACEMENT_NAMES).optional(),
  section: z.enum(SECTIONS).optional(),
});

export const PrepromptVersionOut = z.object({
  version: z.number(),
  title: z.string(),
  template: z.string(),
  createdAt: z.date(),
});

/** The import/export file: a list of pre-prompts with their current template. */
export const PrepromptExport = z.object({
  format: z.literal('cohelm.preprompts/v1'),
  preprompts: z.array(PrepromptIn.omit({ scope: true })).max(500),
});

export const PrepromptImportIn = PrepromptExport.extend({ scope: z.enum(LIBRARY_SCOPES) });

export const TemplateCheckIn = z.strictObject({ template: z.string().max(20_000) });
export const TemplateCheckOut = z.object({
  ok: z.boolean(),
  error: z.object({ message: z.string(), line: z.number(), column: z.number() }).optional(),
  markers: z.array(z.string()),
});
