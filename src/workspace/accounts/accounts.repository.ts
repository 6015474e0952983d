import { eq } from 'drizzle-orm';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { accounts } from '../../store/schema/index.js';

export async function getAccount(db: DbOrTx, accountId: string, opts: { forUpdate?: boolean } = {}) {
  const query = db.select().from(accounts).where(eq(accounts.id, accountId));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Account');
  return row;
}
