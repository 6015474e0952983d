import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../store/database.js';
import { users } from '../../store/schema/index.js';

/** The names of the account's users among `ids` (nulls and repeats ignored), in one query. */
export async function userNames(db: DbOrTx, accountId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.accountId, accountId), inArray(users.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
