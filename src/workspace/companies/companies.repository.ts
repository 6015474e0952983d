import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { companies } from '../../store/schema/index.js';
import { ENTITY_ACCESS } from '../shared/entity-access.js';
import { escapeLike, listPage, withoutAccount } from '../shared/list-page.js';
import { visibleTo } from '../shared/visibility.js';
import type { CompanyListQuery } from './company.schema.js';

type Row = typeof companies.$inferSelect;
export const companyVisibility = (actor: Actor) => visibleTo(actor, companies, ENTITY_ACCESS.company.owners);

export function listCompanies(db: DbOrTx, actor: Actor, q: CompanyListQuery) {
  const filters: (SQL | undefined)[] = [companyVisibility(actor)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    filters.push(
      or(ilike(companies.name, like), ilike(companies.industry, like), ilike(companies.website, like)),
    );
  }
  if (q.ownerId?.length) filters.push(sql`${companies.ownerId} = any(${sql.param(q.ownerId)}::uuid[])`);
  const order = q.order === 'asc' ? asc(companies[q.sort]) : desc(companies[q.sort]);
  return listPage(db, companies, and(...filters), order, q, (row: Row) => withoutAccount(row));
}

export async function findCompany(db: DbOrTx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(companies)
    .where(and(companyVisibility(actor), eq(companies.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Company');
  return row;
}
