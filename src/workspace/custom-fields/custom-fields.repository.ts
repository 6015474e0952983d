import { and, asc, eq } from 'drizzle-orm';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { companies, contacts, customFieldDefs, deals } from '../../store/schema/index.js';
import { withoutAccount } from '../shared/list-page.js';
import type { CustomFieldEntity, CustomFieldListQuery, CustomFieldOut } from './custom-field.schema.js';

/** Where the values of each entity type's custom fields live. */
export const VALUE_TABLES = { deal: deals, contact: contacts, company: companies } satisfies Record<
  CustomFieldEntity,
  unknown
>;

export const toFieldOut = (row: typeof customFieldDefs.$inferSelect): CustomFieldOut => withoutAccount(row);

export async function listCustomFields(db: DbOrTx, accountId: string, q: CustomFieldListQuery) {
  const rows = await db
    .select()
    .from(customFieldDefs)
    .where(
      and(
        eq(customFieldDefs.accountId, accountId),
        q.entityType ? eq(customFieldDefs.entityType, q.entityType) : undefined,
      ),
    )
    .orderBy(asc(customFieldDefs.entityType), asc(customFieldDefs.sort), asc(customFieldDefs.key));
  return { items: rows.map(toFieldOut) };
}

export async function findCustomField(
  db: DbOrTx,
  accountId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(customFieldDefs)
    .where(and(eq(customFieldDefs.accountId, accountId), eq(customFieldDefs.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Custom field');
  return row;
}
