import { and, eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { calls, companies, contacts, deals, type TimelineEntity, tasks } from '../../store/schema/index.js';
import { visibleTo } from './visibility.js';

/** Per entity type: its table and the columns that make a user one of its owners. */
export const ENTITY_ACCESS = {
  deal: { table: deals, owners: [deals.ownerId], label: 'Deal' },
  contact: { table: contacts, owners: [contacts.ownerId], label: 'Contact' },
  company: { table: companies, owners: [companies.ownerId], label: 'Company' },
  task: { table: tasks, owners: [tasks.createdBy, tasks.assigneeId], label: 'Task' },
  call: { table: calls, owners: [calls.ownerId], label: 'Call' },
} satisfies Record<TimelineEntity, { table: unknown; owners: PgColumn[]; label: string }>;

/** Throws not_found unless the actor may see that entity (missing and foreign look the same). */
export async function assertEntityVisible(
  db: DbOrTx,
  actor: Actor,
  type: TimelineEntity,
  id: string,
): Promise<void> {
  const { table, owners, label } = ENTITY_ACCESS[type];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(visibleTo(actor, table, owners), eq(table.id, id)));
  if (!row) throw notFound(label);
}
