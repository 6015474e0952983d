import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { conflictOnDuplicate } from '../../shared/unique-violation.js';
import type { DbOrTx } from '../../store/database.js';
import { departments } from '../../store/schema/index.js';
import { withoutAccount } from '../shared/list-page.js';

export async function listDepartments(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select()
    .from(departments)
    .where(eq(departments.accountId, actor.accountId))
    .orderBy(asc(departments.name));
  return rows.map(withoutAccount);
}

export async function findDepartment(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(departments)
    .where(and(eq(departments.accountId, actor.accountId), eq(departments.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Department');
  return row;
}

/** A parent must be in the account, and following parents from it must never lead back to `id`. */
export async function assertParent(
  db: DbOrTx,
  actor: Actor,
  id: string | undefined,
  parentId: string | null | undefined,
): Promise<void> {
  for (let cursor = parentId, depth = 0; cursor; depth++) {
    if (cursor === id || depth > 100)
      throw new AppError('validation_failed', 'A department cannot be inside itself', [
        { path: 'parentId', message: 'cycle' },
      ]);
    const parent = await findDepartment(db, actor, cursor).catch(() => {
      throw new AppError('validation_failed', 'Unknown parent department', [
        { path: 'parentId', message: 'no such department' },
      ]);
    });
    cursor = parent.parentId ?? undefined;
  }
}

/** Runs a write that may hit the unique name index, reporting a taken name as a conflict. */
export const uniqueName = <T>(name: string | undefined, write: () => Promise<T>): Promise<T> =>
  conflictOnDuplicate(`A department named "${name}" already exists`, write);
