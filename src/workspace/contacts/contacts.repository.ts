import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { contacts } from '../../store/schema/index.js';
import { ENTITY_ACCESS } from '../shared/entity-access.js';
import { escapeLike, listPage, withoutAccount } from '../shared/list-page.js';
import { visibleTo } from '../shared/visibility.js';
import type { ContactListQuery } from './contact.schema.js';

type Row = typeof contacts.$inferSelect;
export const contactVisibility = (actor: Actor) => visibleTo(actor, contacts, ENTITY_ACCESS.contact.owners);

export function listContacts(db: DbOrTx, actor: Actor, q: ContactListQuery) {
  const filters: (SQL | undefined)[] = [contactVisibility(actor)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    filters.push(
      or(
        ilike(sql`${contacts.firstName} || ' ' || ${contacts.lastName}`, like),
        ilike(contacts.email, like),
        ilike(contacts.phone, like),
      ),
    );
  }
  if (q.companyId) filters.push(eq(contacts.companyId, q.companyId));
  if (q.ownerId?.length) filters.push(sql`${contacts.ownerId} = any(${sql.param(q.ownerId)}::uuid[])`);
  const order = q.order === 'asc' ? asc(contacts[q.sort]) : desc(contacts[q.sort]);
  return listPage(db, contacts, and(...filters), order, q, (row: Row) => withoutAccount(row));
}

export async function findContact(db: DbOrTx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(contacts)
    .where(and(contactVisibility(actor), eq(contacts.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Contact');
  return row;
}
