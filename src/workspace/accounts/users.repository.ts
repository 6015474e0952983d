import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { departments, users } from '../../store/schema/index.js';
import type { UserOut } from './user.schema.js';

export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  blocked: users.blocked,
  departmentId: users.departmentId,
  createdAt: users.createdAt,
};

export async function assertEmailFree(db: DbOrTx, email: string): Promise<void> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  if (taken) throw new AppError('conflict', 'A user with this email already exists', { field: 'email' });
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function listUsers(db: DbOrTx, accountId: string): Promise<UserOut[]> {
  return db.select(userColumns).from(users).where(eq(users.accountId, accountId)).orderBy(asc(users.name));
}

export async function getUser(db: DbOrTx, accountId: string, id: string): Promise<UserOut> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, id)));
  if (!row) throw notFound('User');
  return row;
}

/** Ids that must all be users of this account (owners, assignees, participants). */
export async function assertUsersInAccount(
  db: DbOrTx,
  accountId: string,
  ids: readonly string[],
  /** The acting user, known to be in the account: no need to look them up. */
  self?: string,
): Promise<void> {
  const unique = [...new Set(ids)].filter((id) => id !== self);
  if (unique.length === 0) return;
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, accountId), sql`${users.id} = any(${sql.param(unique)}::uuid[])`));
  if (rows.length !== unique.length) {
    const found = new Set(rows.map((r) => r.id));
    throw new AppError('validation_failed', 'Unknown user', {
      userIds: unique.filter((id) => !found.has(id)),
    });
  }
}

export async function assertDepartmentInAccount(
  db: DbOrTx,
  accountId: string,
  id: string | null | undefined,
) {
  if (!id) return;
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.accountId, accountId), eq(departments.id, id)));
  if (!row) throw new AppError('validation_failed', 'Unknown department', { departmentId: id });
}
