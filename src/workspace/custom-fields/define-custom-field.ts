import { and, eq, sql } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { customFieldDefs } from '../../store/schema/index.js';
import { CustomFieldCreate } from './custom-field.schema.js';
import { toFieldOut } from './custom-fields.repository.js';

/** An admin adds a field to the deals, contacts or companies of the account. */
export async function defineCustomField(db: Database, actor: Actor, input: CustomFieldCreate) {
  requireAdmin(actor);
  const data = CustomFieldCreate.parse(input);
  return db.transaction(async (tx) => {
    const sameEntity = and(
      eq(customFieldDefs.accountId, actor.accountId),
      eq(customFieldDefs.entityType, data.entityType),
    );
    const [last] = await tx
      .select({ sort: sql<number | null>`max(${customFieldDefs.sort})` })
      .from(customFieldDefs)
      .where(sameEntity);
    // ON CONFLICT rather than a read-then-insert: two admins adding the same key at once get one
    // field and one clear conflict, never a database error.
    const [row] = await tx
      .insert(customFieldDefs)
      .values({
        id: newId(),
        accountId: actor.accountId,
        entityType: data.entityType,
        key: data.key,
        label: data.label,
        type: data.type,
        options: data.options,
        required: data.required,
        sort: data.sort ?? (last?.sort ?? -10) + 10,
      })
      .onConflictDoNothing({
        target: [customFieldDefs.accountId, customFieldDefs.entityType, customFieldDefs.key],
      })
      .returning();
    if (!row) {
      throw new AppError('conflict', `A ${data.entityType} field with the key "${data.key}" already exists`, {
        field: 'key',
      });
    }
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'custom_field.created',
      actorUserId: actor.userId,
      entityType: 'custom_field',
      entityId: row.id,
      payload: { entityType: row.entityType, key: row.key, type: row.type },
    });
    return toFieldOut(row);
  });
}
