import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { deals, pipelineStages } from '../../store/schema/index.js';
import { visibleTo } from '../shared/visibility.js';
import type { DealListQuery, DealOut } from './deal.schema.js';

export const dealVisibility = (actor: Actor) => visibleTo(actor, deals, [deals.ownerId]);

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listDeals(db: DbOrTx, actor: Actor, q: DealListQuery) {
  const filters: (SQL | undefined)[] = [dealVisibility(actor)];
  if (q.q) filters.push(ilike(deals.title, `%${escapeLike(q.q)}%`));
  if (q.stageId?.length) filters.push(sql`${deals.stageId} = any(${sql.param(q.stageId)}::uuid[])`);
  if (q.ownerId?.length) filters.push(sql`${deals.ownerId} = any(${sql.param(q.ownerId)}::uuid[])`);
  if (q.companyId) filters.push(eq(deals.companyId, q.companyId));
  if (q.contactId) filters.push(sql`${q.contactId}::uuid = any(${deals.contactIds})`);
  if (q.amountMin !== undefined) filters.push(sql`${deals.amount} >= ${q.amountMin}`);
  if (q.amountMax !== undefined) filters.push(sql`${deals.amount} <= ${q.amountMax}`);
  const where = and(...filters);
  const column = deals[q.sort];
  const order = q.order === 'asc' ? asc(column) : desc(column);
  const [items, [count]] = await Promise.all([
    db.select().from(deals).where(where).orderBy(order, desc(deals.id)).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(deals).where(where),
  ]);
  return { items: items.map(toOut), total: count?.n ?? 0, limit: q.limit, offset: q.offset };
}

const byId = new WeakMap<object, ReturnType<typeof prepareById>>();
function prepareById(db: Database) {
  const base = db.select().from(deals);
  const id = eq(deals.id, sql.placeholder('id'));
  const account = eq(deals.accountId, sql.placeholder('accountId'));
  const me = sql`${sql.placeholder('userId')}::uuid`;
  return {
    admin: base.where(and(account, id)).prepare('deal_by_id_admin'),
    user: base
      .where(and(account, id, or(eq(deals.ownerId, me), sql`${me} = any(${deals.participantIds})`)))
      .prepare('deal_by_id_user'),
  };
}

/** The read path of GET /api/deals/:id: a prepared statement, since it is the hottest query. */
export async function getDeal(db: Database, actor: Actor, id: string) {
  let prepared = byId.get(db);
  if (!prepared) {
    prepared = prepareById(db);
    byId.set(db, prepared);
  }
  const query = actor.role === 'admin' ? prepared.admin : prepared.user;
  const [row] = await query.execute({ id, accountId: actor.accountId, userId: actor.userId });
  if (!row) throw notFound('Deal');
  return toOut(row);
}

export async function findDeal(db: DbOrTx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(deals)
    .where(and(dealVisibility(actor), eq(deals.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Deal');
  return row;
}

export async function stageOf(db: DbOrTx, accountId: string, stageId: string | undefined) {
  // Without a stage a new deal starts in the first open stage, wherever admins have put Won/Lost.
  const where = stageId
    ? and(eq(pipelineStages.accountId, accountId), eq(pipelineStages.id, stageId))
    : and(eq(pipelineStages.accountId, accountId), eq(pipelineStages.kind, 'open'));
  const [stage] = await db
    .select()
    .from(pipelineStages)
    .where(where)
    .orderBy(asc(pipelineStages.sort))
    .limit(1);
  if (!stage)
    throw new AppError('validation_failed', 'Unknown pipeline stage', [
      { path: 'stageId', message: 'no such stage' },
    ]);
  return stage;
}

export function toOut(row: typeof deals.$inferSelect): DealOut {
  const { accountId: _a, ...rest } = row;
  return rest;
}
