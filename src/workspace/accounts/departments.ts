import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { departments } from '../../store/schema/index.js';
import { withoutAccount } from '../shared/list-page.js';
import { DepartmentIn } from './user.schema.js';

export async function listDepartments(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select()
    .from(departments)
    .where(eq(departments.accountId, actor.accountId))
    .orderBy(asc(departments.name));
  return rows.map(withoutAccount);
}

async function findDepartment(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.accountId, actor.accountId), eq(departments.id, id)));
  if (!row) throw notFound('Department');
  return row;
}

/** A parent must be in the account, and following parents from it must never lead back to `id`. */
async function assertParent(
  db: DbOrTx,
  actor: Actor,
  id: string | undefined,
  parentId: string | null | undefined,
) {
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

const duplicate = (err: unknown) =>
  (err as { code?: string }).code === '23505' ||
  (err as { cause?: { code?: string } }).cause?.code === '23505';

export async function createDepartment(db: Database, actor: Actor, input: unknown) {
  requireAdmin(actor);
  const data = DepartmentIn.parse(input);
  return db.transaction(async (tx) => {
    await assertParent(tx, actor, undefined, data.parentId);
    try {
      const [row] = await tx
        .insert(departments)
        .values({ id: newId(), accountId: actor.accountId, name: data.name, parentId: data.parentId ?? null })
        .returning();
      return withoutAccount(row!);
    } catch (err) {
      if (duplicate(err)) throw new AppError('conflict', `A department named "${data.name}" exists`);
      throw err;
    }
  });
}

export async function updateDepartment(db: Database, actor: Actor, id: string, input: unknown) {
  requireAdmin(actor);
  const data = DepartmentIn.partial().parse(input);
  return db.transaction(async (tx) => {
    const current = await findDepartment(tx, actor, id);
    if (Object.keys(data).length === 0) return withoutAccount(current);
    await assertParent(tx, actor, id, data.parentId);
    try {
      const [row] = await tx.update(departments).set(data).where(eq(departments.id, id)).returning();
      return withoutAccount(row!);
    } catch (err) {
      if (duplicate(err)) throw new AppError('conflict', `A department named "${data.name}" exists`);
      throw err;
    }
  });
}

/** Its people stay, without a department; its sub-departments move up to its parent. */
export async function deleteDepartment(db: Database, actor: Actor, id: string) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const dept = await findDepartment(tx, actor, id);
    await tx
      .update(departments)
      .set({ parentId: dept.parentId })
      .where(and(eq(departments.accountId, actor.accountId), eq(departments.parentId, id)));
    await tx.delete(departments).where(eq(departments.id, id));
  });
}
