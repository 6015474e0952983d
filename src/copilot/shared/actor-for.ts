import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { users } from '../../store/schema/index.js';

/** The actor CoPilot works as when a system event asks on a user's behalf: that user's own rights. */
export async function actorFor(db: DbOrTx, accountId: string, userId: string): Promise<Actor | undefined> {
  const [u] = await db
    .select({ role: users.role, departmentId: users.departmentId, blocked: users.blocked })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)));
  if (!u || u.blocked) return undefined;
  return { accountId, userId, role: u.role, departmentId: u.departmentId, via: 'system' };
}
