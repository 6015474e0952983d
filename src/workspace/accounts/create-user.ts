import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { users } from '../../store/schema/index.js';
import { hashPassword } from '../auth/passwords.js';
import { UserCreate } from './user.schema.js';
import { assertDepartmentInAccount, assertEmailFree, userColumns } from './users.repository.js';

/** An admin adds a person to the account. `actor` is undefined when the CLI does it. */
export async function createUser(db: Database, accountId: string, input: UserCreate, actor?: Actor) {
  if (actor) requireAdmin(actor);
  const data = UserCreate.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    await assertEmailFree(tx, data.email);
    await assertDepartmentInAccount(tx, accountId, data.departmentId);
    const [user] = await tx
      .insert(users)
      .values({
        id: newId(),
        accountId,
        email: data.email,
        name: data.name,
        role: data.role,
        departmentId: data.departmentId ?? null,
        passwordHash,
      })
      .returning(userColumns);
    await emitEvent(tx, {
      accountId,
      type: 'user.created',
      actorUserId: actor?.userId,
      entityType: 'user',
      entityId: user!.id,
    });
    return user!;
  });
}
