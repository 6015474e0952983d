import { z } from 'zod';
import { SURFACES } from '../../ai/settings/technology.schema.js';
import { PII_TYPES } from '../minimise/index.js';

export const PolicyIn = z.object({
  enabled: z.boolean().describe('AI Tools on for the whole account'),
  blockedTechnologyIds: z
    .array(z.string().min(1).max(100))
    .max(100)
    .default([])
    .describe('Unavailable in your country'),
  maskTypes: z
    .array(z.enum(PII_TYPES))
    .max(PII_TYPES.length)
    .describe('Personal data masked before it leaves'),
  dataUseOptIn: z
    .boolean()
    .default(false)
    .describe('Keep interaction data to improve pre-prompts and models'),
  reducedPerformance: z
    .object({ thresholdPct: z.number().int().min(1).max(100), technologyId: z.string().min(1).max(100) })
    .nullable()
    .default(null)
    .describe('Near the hourly limit, route to this cheaper technology instead of refusing'),
  version: z.number().int().min(1).optional(),
});
export type PolicyIn = z.input<typeof PolicyIn>;

export const PolicyOut = PolicyIn.required().extend({ version: z.number() });

export const TermsIn = z.object({ text: z.string().trim().min(20).max(50_000) });
export const TermsOut = z.object({ version: z.number(), text: z.string() });
export const AcceptTermsIn = z.object({ version: z.number().int().min(1) });
export const DisclosureIn = z.object({ technologyId: z.string().min(1).max(100) });

export const RestrictionIn = z.object({
  subjectType: z.enum(['department', 'user']),
  subjectId: z.uuid(),
  surface: z.enum(SURFACES).nullable().default(null).describe('null: every surface'),
});
export const RestrictionOut = RestrictionIn.required().extend({
  id: z.string(),
  surface: z.string().nullable(),
  createdAt: z.date(),
});

export const BlockIn = z.object({ reason: z.string().trim().min(3).max(1000) });
