import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { accounts } from '../../store/schema/index.js';
import { AccountUpdate } from './account.schema.js';
import { getAccount } from './accounts.repository.js';

/** An admin changes the account's name, country, language or time zone; the plan is not theirs to change. */
export async function updateAccount(db: Database, actor: Actor, input: AccountUpdate) {
  requireAdmin(actor);
  const data = AccountUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await getAccount(tx, actor.accountId, { forUpdate: true });
    if (Object.keys(data).length === 0) return current;
    const [row] = await tx.update(accounts).set(data).where(eq(accounts.id, actor.accountId)).returning();
    await emitEvent(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      type: 'account.updated',
      entityType: 'account',
      entityId: actor.accountId,
      payload: { fields: Object.keys(data) },
    });
    return row!;
  });
}
