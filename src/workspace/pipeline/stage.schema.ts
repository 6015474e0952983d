import { z } from 'zod';
import { STAGE_KINDS } from '../../store/schema/index.js';

export const StageOut = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  kind: z.enum(STAGE_KINDS),
  sort: z.number().int(),
  probability: z.number().int(),
});
export type StageOut = z.infer<typeof StageOut>;

const fields = {
  name: z.string().trim().min(1).max(100),
  kind: z.enum(STAGE_KINDS).describe('open: work in progress; won / lost: deals moved here are closed'),
  probability: z.number().int().min(0).max(100).describe('Win probability a deal takes on entering'),
  sort: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .describe('Position: the stage goes before the stage that has this sort value now (0 = first)'),
};

export const StageCreate = z.strictObject({
  name: fields.name,
  key: z
    .string()
    .max(50)
    .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'snake_case: lowercase letters and digits joined by underscores')
    .optional()
    .describe('Stable identifier used in events; derived from the name when omitted; fixed once created'),
  kind: fields.kind.default('open'),
  probability: fields.probability.optional().describe('Defaults to 100 for won stages, otherwise 0'),
  sort: fields.sort
    .optional()
    .describe('Omit to place an open stage after the last open one, a closed stage at the end'),
});
export type StageCreate = z.input<typeof StageCreate>;

export const StageUpdate = z.strictObject(fields).partial();
export type StageUpdate = z.input<typeof StageUpdate>;
