import { and, eq, gt, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { randomToken, sha256 } from '../../shared/tokens.js';
import type { DbOrTx } from '../../store/database.js';
import { sessions, users } from '../../store/schema/index.js';
import { notifyAuthChanged } from './auth-cache.js';

export const SESSION_COOKIE = 'cohelm_session';

export async function createSession(
  db: DbOrTx,
  user: { id: string; accountId: string },
  days: number,
  userAgent?: string,
) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    accountId: user.accountId,
    userId: user.id,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** The actor behind a session cookie, or undefined when the session is unknown, expired or its user blocked. */
export async function resolveSession(db: DbOrTx, token: string, days: number): Promise<Actor | undefined> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({
      accountId: users.accountId,
      userId: users.id,
      role: users.role,
      departmentId: users.departmentId,
      blocked: users.blocked,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)));
  if (!row || row.blocked) return undefined;
  // Sliding expiry, written at most about once a day per session rather than on every request.
  const full = days * 86_400_000;
  if (row.expiresAt.getTime() - Date.now() < full - 86_400_000) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + full) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    accountId: row.accountId,
    userId: row.userId,
    role: row.role,
    departmentId: row.departmentId,
    via: 'session',
  };
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
  await notifyAuthChanged(db);
}

export async function deleteUserSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await notifyAuthChanged(db);
}
