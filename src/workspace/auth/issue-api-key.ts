import { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { getUser } from '../accounts/users.repository.js';
import { createApiKey } from './api-keys.js';

export const ApiKeyIssue = z.strictObject({
  name: z.string().trim().min(1).max(100),
  userId: z.uuid().optional().describe('Admins may create a key for another user of the account'),
});
export type ApiKeyIssue = z.input<typeof ApiKeyIssue>;

/** Creates a key for the actor, or (admins) for a user of their account; the secret is returned once. */
export async function issueApiKey(db: Database, actor: Actor, input: ApiKeyIssue) {
  const data = ApiKeyIssue.parse(input);
  const userId = data.userId ?? actor.userId;
  if (userId !== actor.userId) requireAdmin(actor);
  return db.transaction(async (tx) => {
    const user = await getUser(tx, actor.accountId, userId);
    if (user.blocked) throw new AppError('conflict', 'The user is blocked; unblock them first');
    return createApiKey(tx, { id: user.id, accountId: actor.accountId }, data.name);
  });
}
