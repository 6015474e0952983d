import { and, eq, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { customFieldDefs } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { findCustomField, VALUE_TABLES } from './custom-fields.repository.js';

/**
 * An admin removes a field, and its values with it: a value left behind under an unknown key would make
 * the record fail validation the next time someone saves its custom fields.
 */
export async function deleteCustomField(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const def = await findCustomField(tx, actor.accountId, id, { forUpdate: true });
    requireAdmin(actor);
    const table = VALUE_TABLES[def.entityType];
    const cleared = await tx
      .update(table)
      .set({ customFields: sql`${table.customFields} - ${def.key}::text`, ...touch(table) })
      .where(and(eq(table.accountId, actor.accountId), sql`${table.customFields} ? ${def.key}::text`))
      .returning({ id: table.id });
    await tx.delete(customFieldDefs).where(eq(customFieldDefs.id, def.id));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'custom_field.deleted',
      actorUserId: actor.userId,
      entityType: 'custom_field',
      entityId: def.id,
      payload: { entityType: def.entityType, key: def.key, clearedRecords: cleared.length },
    });
  });
}
