import { and, eq, ne } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { users } from '../../store/schema/index.js';
import { notifyAuthChanged } from '../auth/auth-cache.js';
import { deleteUserSessions } from '../auth/sessions.js';
import { UserUpdate } from './user.schema.js';
import { assertDepartmentInAccount, getUser, userColumns } from './users.repository.js';

/**
 * Admins change anyone's name, role, department and blocked flag; a user may change only their own name.
 * The last active admin cannot demote or block themselves out of the account.
 */
export async function updateUser(db: Database, actor: Actor, id: string, input: UserUpdate) {
  const data = UserUpdate.parse(input);
  const self = id === actor.userId;
  if (actor.role !== 'admin') {
    const onlyName = Object.keys(data).every((k) => k === 'name');
    if (!self || !onlyName) throw new AppError('forbidden', 'Only an administrator may change this');
  }
  return db.transaction(async (tx) => {
    await assertDepartmentInAccount(tx, actor.accountId, data.departmentId);
    if (data.role === 'user' || data.blocked === true) {
      // Lock the account's admins so that two concurrent demotions cannot both pass the check.
      const admins = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.accountId, actor.accountId),
            eq(users.role, 'admin'),
            eq(users.blocked, false),
            ne(users.id, id),
          ),
        )
        .for('update');
      const [target] = await tx
        .select({ role: users.role })
        .from(users)
        .where(and(eq(users.accountId, actor.accountId), eq(users.id, id)));
      if (target?.role === 'admin' && admins.length === 0) {
        throw new AppError('conflict', 'An account needs at least one active administrator');
      }
    }
    if (Object.keys(data).length === 0) return getUser(tx, actor.accountId, id);
    const [row] = await tx
      .update(users)
      .set({ ...data })
      .where(and(eq(users.accountId, actor.accountId), eq(users.id, id)))
      .returning(userColumns);
    if (!row) throw notFound('User');
    if (data.blocked) await deleteUserSessions(tx, id);
    // Role, department and blocked flag are part of every cached actor.
    await notifyAuthChanged(tx);
    // Agents act on behalf of a user: they must learn when that user is blocked or loses a role.
    await emitEvent(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      type: 'user.updated',
      entityType: 'user',
      entityId: id,
      payload: { fields: Object.keys(data), role: row.role, blocked: row.blocked },
    });
    return row;
  });
}

/** Replaces a password hash and ends every session of that user, together. */
export async function setPassword(
  db: Database,
  accountId: string | undefined,
  id: string,
  passwordHash: string,
) {
  const scope = accountId ? and(eq(users.id, id), eq(users.accountId, accountId)) : eq(users.id, id);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ passwordHash }).where(scope).returning({ id: users.id });
    if (!row) throw notFound('User');
    await deleteUserSessions(tx, id);
  });
}
