import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';

type AccountTable = PgTable & { id: PgColumn; accountId: PgColumn };

/**
 * Referenced ids (a deal's company, a task's deal…) must exist in the actor's account; an id from
 * another account is reported exactly like one that does not exist.
 */
export async function assertInAccount(
  db: DbOrTx,
  accountId: string,
  table: AccountTable,
  ids: readonly (string | null | undefined)[],
  field: string,
): Promise<void> {
  const wanted = [...new Set(ids.filter((v): v is string => typeof v === 'string'))];
  if (wanted.length === 0) return;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.accountId, accountId), sql`${table.id} = any(${sql.param(wanted)}::uuid[])`));
  if (rows.length !== wanted.length) {
    const found = new Set(rows.map((r) => r.id as string));
    throw new AppError('validation_failed', `Unknown ${field}`, [
      ...wanted
        .filter((id) => !found.has(id))
        .map((id) => ({ path: field, message: `no such record: ${id}` })),
    ]);
  }
}
