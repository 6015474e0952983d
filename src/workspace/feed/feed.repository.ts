import { and, asc, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { feedPosts } from '../../store/schema/index.js';
import { escapeLike, listPage, withoutAccount } from '../shared/list-page.js';
import type { FeedListQuery } from './feed.schema.js';

type Row = typeof feedPosts.$inferSelect;

/** Posts for everyone, for the reader's department, or their own; admins read all. */
export function feedVisibility(actor: Actor): SQL {
  const inAccount = eq(feedPosts.accountId, actor.accountId);
  if (actor.role === 'admin') return inAccount;
  const audience = [isNull(feedPosts.departmentId), eq(feedPosts.authorId, actor.userId)];
  if (actor.departmentId) audience.push(eq(feedPosts.departmentId, actor.departmentId));
  return and(inAccount, or(...audience)) as SQL;
}

export function listFeed(db: DbOrTx, actor: Actor, q: FeedListQuery) {
  const filters: (SQL | undefined)[] = [feedVisibility(actor)];
  if (q.q)
    filters.push(
      or(ilike(feedPosts.title, `%${escapeLike(q.q)}%`), ilike(feedPosts.body, `%${escapeLike(q.q)}%`)),
    );
  if (q.authorId) filters.push(eq(feedPosts.authorId, q.authorId));
  if (q.departmentId) filters.push(eq(feedPosts.departmentId, q.departmentId));
  const order = q.order === 'asc' ? asc(feedPosts[q.sort]) : desc(feedPosts[q.sort]);
  return listPage(db, feedPosts, and(...filters), order, q, (row: Row) => withoutAccount(row));
}

export async function findFeedPost(db: DbOrTx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(feedPosts)
    .where(and(feedVisibility(actor), eq(feedPosts.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Post');
  return row;
}
