import { and, eq, type SQL, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { customFieldDefs } from '../../store/schema/index.js';
import { CustomFieldUpdate, optionProblem } from './custom-field.schema.js';
import { findCustomField, toFieldOut, VALUE_TABLES } from './custom-fields.repository.js';

type Def = typeof customFieldDefs.$inferSelect;

/** How many records still hold one of the `removed` options as this field's value. */
async function recordsUsing(tx: DbOrTx, def: Def, removed: string[]): Promise<number> {
  const table = VALUE_TABLES[def.entityType];
  const value = sql`${table.customFields} -> ${def.key}`;
  const holds: SQL =
    def.type === 'multiselect'
      ? sql`${value} ?| ${sql.param(removed)}::text[]`
      : sql`(${table.customFields} ->> ${def.key}) = any(${sql.param(removed)}::text[])`;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.accountId, def.accountId), holds));
  return row?.n ?? 0;
}

/**
 * An admin changes a field's label, options, required flag or position. The type never changes: stored
 * values would no longer fit it (delete the field and create a new one instead). Options that records
 * still use cannot be removed, or those records could not be saved again.
 */
export async function changeCustomField(db: Database, actor: Actor, id: string, input: CustomFieldUpdate) {
  const patch = CustomFieldUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findCustomField(tx, actor.accountId, id, { forUpdate: true });
    requireAdmin(actor);
    if (patch.type !== undefined && patch.type !== current.type) {
      throw new AppError(
        'conflict',
        `The type of a field cannot change (${current.type} → ${patch.type}); delete it and create a new one`,
        { field: 'type', currentType: current.type },
      );
    }
    if (patch.options) {
      const problem = optionProblem(current.type, patch.options);
      if (problem) {
        throw new AppError('validation_failed', 'Invalid options', [{ path: 'options', message: problem }]);
      }
      const removed = current.options.filter((o) => !patch.options!.includes(o));
      const inUse = removed.length ? await recordsUsing(tx, current, removed) : 0;
      if (inUse > 0) {
        throw new AppError(
          'conflict',
          `${inUse} ${current.entityType} record(s) still use a removed option; change them first`,
          { field: 'options', removed, records: inUse },
        );
      }
    }
    const { type: _same, ...changes } = patch;
    if (Object.keys(changes).length === 0) return toFieldOut(current);
    const [row] = await tx
      .update(customFieldDefs)
      .set(changes)
      .where(eq(customFieldDefs.id, current.id))
      .returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'custom_field.updated',
      actorUserId: actor.userId,
      entityType: 'custom_field',
      entityId: current.id,
      payload: { entityType: current.entityType, key: current.key, fields: Object.keys(changes) },
    });
    return toFieldOut(row!);
  });
}
