import { emitEvent } from '../../events/outbox.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { accounts, pipelineStages, users } from '../../store/schema/index.js';
import { hashPassword } from '../auth/passwords.js';
import { NewAccount } from './account.schema.js';
import { DEFAULT_STAGES } from './default-stages.js';
import { assertEmailFree } from './users.repository.js';

/** Creates a tenant with its default pipeline and its first admin, in one transaction. */
export async function createAccount(db: Database, input: NewAccount) {
  const data = NewAccount.parse(input);
  const passwordHash = await hashPassword(data.admin.password);
  const accountId = newId();
  const adminId = newId();
  return db.transaction(async (tx) => {
    await assertEmailFree(tx, data.admin.email);
    const [account] = await tx
      .insert(accounts)
      .values({
        id: accountId,
        name: data.name,
        plan: data.plan,
        country: data.country,
        language: data.language,
        timeZone: data.timeZone,
      })
      .returning();
    await tx
      .insert(pipelineStages)
      .values(DEFAULT_STAGES.map((s, i) => ({ id: newId(), accountId, sort: i * 10, ...s })));
    const [admin] = await tx
      .insert(users)
      .values({
        id: adminId,
        accountId,
        email: data.admin.email,
        name: data.admin.name,
        role: 'admin',
        passwordHash,
      })
      .returning();
    await emitEvent(tx, {
      accountId,
      type: 'account.created',
      actorUserId: adminId,
      entityType: 'account',
      entityId: accountId,
    });
    return { account: account!, admin: admin! };
  });
}
