import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { type CUSTOM_FIELD_ENTITIES, customFieldDefs } from '../../store/schema/index.js';

type Entity = (typeof CUSTOM_FIELD_ENTITIES)[number];
type Def = typeof customFieldDefs.$inferSelect;

function valueSchema(def: Def): z.ZodType {
  switch (def.type) {
    case 'text':
      return z.string().max(10_000);
    case 'number':
      return z.number().finite();
    case 'date':
      return z.iso.date();
    case 'boolean':
      return z.boolean();
    case 'url':
      // Only web links: these values end up as links in the UI, where javascript: would run.
      return z.url({ protocol: /^https?$/, message: 'an http(s) address' }).max(2000);
    case 'email':
      return z.email().max(254);
    case 'select':
      return z.enum(def.options as [string, ...string[]]);
    case 'multiselect':
      return z.array(z.enum(def.options as [string, ...string[]])).max(def.options.length);
  }
}

export async function customFieldDefsOf(db: DbOrTx, accountId: string, entityType: Entity): Promise<Def[]> {
  return db
    .select()
    .from(customFieldDefs)
    .where(and(eq(customFieldDefs.accountId, accountId), eq(customFieldDefs.entityType, entityType)))
    .orderBy(asc(customFieldDefs.sort), asc(customFieldDefs.key));
}

/**
 * Checks custom field values against the account's field schema for that entity. `merged` is the full
 * set after the change (for updates: current values with the patch applied; null removes a value).
 * Unknown keys, wrong types and missing required fields are rejected, all of them in one error.
 */
export async function validateCustomFields(
  db: DbOrTx,
  accountId: string,
  entityType: Entity,
  merged: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const defs = await customFieldDefsOf(db, accountId, entityType);
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const problems: { path: string; message: string }[] = [];
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) {
    const def = byKey.get(key);
    if (!def) {
      problems.push({
        path: `customFields.${key}`,
        message: `No custom field "${key}" is defined for ${entityType}s`,
      });
      continue;
    }
    if (value === null) continue;
    const parsed = valueSchema(def).safeParse(value);
    if (parsed.success) clean[key] = parsed.data;
    else
      problems.push({
        path: `customFields.${key}`,
        message: parsed.error.issues[0]?.message ?? 'invalid value',
      });
  }
  for (const def of defs) {
    if (def.required && clean[def.key] === undefined) {
      problems.push({ path: `customFields.${def.key}`, message: `"${def.label}" is required` });
    }
  }
  if (problems.length) throw new AppError('validation_failed', 'Invalid custom fields', problems);
  return clean;
}
