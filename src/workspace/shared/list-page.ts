import { desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../store/database.js';

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

/** One page of rows and the total count, in parallel; ties broken by id so that pages are stable. */
export async function listPage<Row, Out>(
  db: DbOrTx,
  table: PgTable & { id: PgColumn },
  where: SQL | undefined,
  order: SQL,
  page: { limit: number; offset: number },
  map: (row: Row) => Out,
): Promise<Page<Out>> {
  const [rows, [count]] = await Promise.all([
    db.select().from(table).where(where).orderBy(order, desc(table.id)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(table).where(where),
  ]);
  return { items: (rows as Row[]).map(map), total: count?.n ?? 0, limit: page.limit, offset: page.offset };
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Strips the account id from a row: it is implied by who asks. */
export function withoutAccount<T extends { accountId: string }>(row: T): Omit<T, 'accountId'> {
  const { accountId: _a, ...rest } = row;
  return rest;
}
