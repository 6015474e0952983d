import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../shared/actor.js';

type Scoped = { accountId: PgColumn; participantIds: PgColumn };

/**
 * Rows an actor may see: admins see the whole account; users see what they own or take part in.
 * `ownerColumns` are the columns that make a user an owner (owner, assignee, creator…).
 */
export function visibleTo(actor: Actor, table: Scoped, ownerColumns: PgColumn[]): SQL {
  const inAccount = eq(table.accountId, actor.accountId);
  if (actor.role === 'admin') return inAccount;
  return and(
    inAccount,
    or(
      ...ownerColumns.map((c) => eq(c, actor.userId)),
      sql`${actor.userId}::uuid = any(${table.participantIds})`,
    ),
  ) as SQL;
}
