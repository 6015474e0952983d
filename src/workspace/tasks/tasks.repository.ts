import { and, asc, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../../store/database.js';
import { accounts, type ChecklistItem, contacts, deals, tasks } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { dealVisibility } from '../deals/deals.repository.js';
import { ENTITY_ACCESS } from '../shared/entity-access.js';
import { escapeLike, listPage, withoutAccount } from '../shared/list-page.js';
import { assertInAccount } from '../shared/references.js';
import { visibleTo } from '../shared/visibility.js';
import { dueWindow } from './due-window.js';
import type { TaskListQuery } from './task.schema.js';

type Row = typeof tasks.$inferSelect;
export const taskVisibility = (actor: Actor) => visibleTo(actor, tasks, ENTITY_ACCESS.task.owners);

const OPEN = sql`${tasks.status} in ('open', 'in_progress')`;

export async function listTasks(db: DbOrTx, actor: Actor, q: TaskListQuery) {
  const filters: (SQL | undefined)[] = [taskVisibility(actor)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    filters.push(or(ilike(tasks.title, like), ilike(tasks.description, like)));
  }
  if (q.status?.length) filters.push(sql`${tasks.status} = any(${sql.param(q.status)}::text[])`);
  if (q.assigneeId?.length) filters.push(sql`${tasks.assigneeId} = any(${sql.param(q.assigneeId)}::uuid[])`);
  if (q.dealId) filters.push(eq(tasks.dealId, q.dealId));
  if (q.contactId) filters.push(eq(tasks.contactId, q.contactId));
  if (q.due === 'overdue') filters.push(OPEN, lt(tasks.dueAt, sql`now()`));
  if (q.due === 'today' || q.due === 'week') {
    const [account] = await db
      .select({ timeZone: accounts.timeZone })
      .from(accounts)
      .where(eq(accounts.id, actor.accountId));
    const { from, to } = dueWindow(q.due, account?.timeZone ?? 'UTC');
    filters.push(OPEN, gte(tasks.dueAt, from), lt(tasks.dueAt, to));
  }
  const column =
    q.sort === 'priority'
      ? sql`case ${tasks.priority} when 'high' then 3 when 'normal' then 2 else 1 end`
      : tasks[q.sort];
  const order = q.order === 'asc' ? asc(column) : desc(column);
  return listPage(db, tasks, and(...filters), sql`${order} nulls last`, q, (row: Row) => withoutAccount(row));
}

export async function findTask(db: DbOrTx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(tasks)
    .where(and(taskVisibility(actor), eq(tasks.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Task');
  return row;
}

/** Checklist items keep their ids; new ones get one. */
export const normalizeChecklist = (items: { id?: string; text: string; done?: boolean }[]): ChecklistItem[] =>
  items.map((i) => ({ id: i.id ?? newId(), text: i.text, done: i.done ?? false }));

/**
 * A task may only point at users, a deal and a contact of the same account, and only at a deal the
 * actor can see: linking a task must not reveal or touch deals hidden from them.
 */
export async function assertTaskReferences(
  tx: DbOrTx,
  actor: Actor,
  refs: {
    assigneeId?: string | null;
    participantIds?: string[];
    dealId?: string | null;
    contactId?: string | null;
  },
) {
  const people = [refs.assigneeId, ...(refs.participantIds ?? [])].filter((v): v is string => !!v);
  await assertUsersInAccount(tx, actor.accountId, people, actor.userId);
  if (refs.dealId) {
    const [deal] = await tx
      .select({ id: deals.id })
      .from(deals)
      .where(and(dealVisibility(actor), eq(deals.id, refs.dealId)));
    // A deal the actor cannot see is reported like one that does not exist.
    if (!deal) {
      throw new AppError('validation_failed', 'Unknown dealId', [
        { path: 'dealId', message: `no such record: ${refs.dealId}` },
      ]);
    }
  }
  await assertInAccount(tx, actor.accountId, contacts, [refs.contactId], 'contactId');
}
