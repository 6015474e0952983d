import { z } from 'zod';
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES } from '../../store/schema/index.js';

export const CustomFieldEntity = z.enum(CUSTOM_FIELD_ENTITIES);
export type CustomFieldEntity = z.infer<typeof CustomFieldEntity>;
export const CustomFieldType = z.enum(CUSTOM_FIELD_TYPES);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

/** Types whose values are picked from `options`. */
export const CHOICE_TYPES: readonly CustomFieldType[] = ['select', 'multiselect'];

const KEY = z
  .string()
  .max(64)
  .regex(
    /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/,
    'snake_case: lowercase letters and digits joined by single underscores',
  )
  .describe('The name in customFields of records, e.g. lead_source; fixed once created');
const OPTIONS = z
  .array(z.string().trim().min(1).max(200))
  .max(200)
  .refine((o) => new Set(o).size === o.length, 'options must be unique')
  .describe('The choices of a select or multiselect field');

const fields = {
  label: z.string().trim().min(1).max(200),
  type: CustomFieldType,
  options: OPTIONS,
  required: z.boolean(),
  sort: z.number().int().min(-1_000_000).max(1_000_000),
};

/** Options are required for choice types and meaningless for the others. */
export function optionProblem(type: CustomFieldType, options: readonly string[]): string | undefined {
  if (CHOICE_TYPES.includes(type)) return options.length ? undefined : `a ${type} field needs options`;
  return options.length ? `a ${type} field has no options` : undefined;
}

export const CustomFieldCreate = z
  .strictObject({
    entityType: CustomFieldEntity,
    key: KEY,
    ...fields,
    options: OPTIONS.default([]),
    required: fields.required.default(false),
    sort: fields.sort.optional().describe('Position in forms; appended after the others when omitted'),
  })
  .superRefine((v, ctx) => {
    const problem = optionProblem(v.type, v.options);
    if (problem) ctx.addIssue({ code: 'custom', path: ['options'], message: problem });
  });
export type CustomFieldCreate = z.input<typeof CustomFieldCreate>;

export const CustomFieldUpdate = z
  .strictObject({
    ...fields,
    type: CustomFieldType.describe('Must be the current type: a type never changes; delete and recreate'),
  })
  .partial();
export type CustomFieldUpdate = z.input<typeof CustomFieldUpdate>;

export const CustomFieldOut = z.object({
  id: z.uuid(),
  entityType: CustomFieldEntity,
  key: z.string(),
  label: z.string(),
  type: CustomFieldType,
  options: z.array(z.string()),
  required: z.boolean(),
  sort: z.number().int(),
  createdAt: z.date(),
});
export type CustomFieldOut = z.infer<typeof CustomFieldOut>;

export const CustomFieldListQuery = z.object({
  entityType: CustomFieldEntity.optional().describe('Only the fields of deals, contacts or companies'),
});
export type CustomFieldListQuery = z.infer<typeof CustomFieldListQuery>;
