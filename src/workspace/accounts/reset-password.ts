import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { hashPassword } from '../auth/passwords.js';
import { PASSWORD } from './account.schema.js';
import { setPassword } from './update-user.js';

/** An admin gives a user of the account a new password; the user's sessions end. */
export async function resetPassword(db: Database, actor: Actor, userId: string, password: string) {
  requireAdmin(actor);
  await setPassword(db, actor.accountId, userId, await hashPassword(PASSWORD.parse(password)));
}
