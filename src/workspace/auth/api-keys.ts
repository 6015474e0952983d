import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { randomToken, sha256 } from '../../shared/tokens.js';
import type { DbOrTx } from '../../store/database.js';
import { apiKeys, users } from '../../store/schema/index.js';
import { notifyAuthChanged } from './auth-cache.js';

export const API_KEY_PREFIX = 'chk_';

export const ApiKeyOut = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  userId: z.uuid(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  userId: apiKeys.userId,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  createdAt: apiKeys.createdAt,
};

/** Creates a key for a user. The secret is returned here once and only its hash is stored. */
export async function createApiKey(db: DbOrTx, user: { id: string; accountId: string }, name: string) {
  const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
  const [row] = await db
    .insert(apiKeys)
    .values({
      id: newId(),
      accountId: user.accountId,
      userId: user.id,
      name,
      prefix: secret.slice(0, 12),
      keyHash: sha256(secret),
    })
    .returning(columns);
  return { ...row!, key: secret };
}

export async function listApiKeys(db: DbOrTx, actor: Actor) {
  const scope =
    actor.role === 'admin'
      ? eq(apiKeys.accountId, actor.accountId)
      : and(eq(apiKeys.accountId, actor.accountId), eq(apiKeys.userId, actor.userId));
  return db.select(columns).from(apiKeys).where(scope).orderBy(desc(apiKeys.createdAt));
}

export async function revokeApiKey(db: DbOrTx, actor: Actor, id: string) {
  const owner = actor.role === 'admin' ? undefined : eq(apiKeys.userId, actor.userId);
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.accountId, actor.accountId), eq(apiKeys.id, id), owner))
    .returning(columns);
  if (!row) throw notFound('API key');
  await notifyAuthChanged(db);
  return row;
}

export async function resolveApiKey(db: DbOrTx, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(API_KEY_PREFIX)) return undefined;
  const keyHash = sha256(key);
  const [row] = await db
    .select({
      id: apiKeys.id,
      accountId: users.accountId,
      userId: users.id,
      role: users.role,
      departmentId: users.departmentId,
      blocked: users.blocked,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
  if (!row || row.blocked) return undefined;
  // Last use is worth knowing to the minute, not worth a write per request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
  }
  return {
    accountId: row.accountId,
    userId: row.userId,
    role: row.role,
    departmentId: row.departmentId,
    via: 'api_key',
  };
}
