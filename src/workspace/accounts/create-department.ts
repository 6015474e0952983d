import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { departments } from '../../store/schema/index.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertParent, uniqueName } from './departments.repository.js';
import { DepartmentIn } from './user.schema.js';

/** An admin adds a department, optionally inside another one of the account. */
export async function createDepartment(db: Database, actor: Actor, input: DepartmentIn) {
  requireAdmin(actor);
  const data = DepartmentIn.parse(input);
  return db.transaction(async (tx) => {
    await assertParent(tx, actor, undefined, data.parentId);
    const [row] = await uniqueName(data.name, () =>
      tx
        .insert(departments)
        .values({ id: newId(), accountId: actor.accountId, name: data.name, parentId: data.parentId ?? null })
        .returning(),
    );
    return withoutAccount(row!);
  });
}
