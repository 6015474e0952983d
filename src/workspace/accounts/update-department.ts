import { eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { departments } from '../../store/schema/index.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertParent, findDepartment, uniqueName } from './departments.repository.js';
import { DepartmentUpdate } from './user.schema.js';

/** An admin renames a department or moves it under another parent (never under itself). */
export async function updateDepartment(db: Database, actor: Actor, id: string, input: DepartmentUpdate) {
  requireAdmin(actor);
  const data = DepartmentUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findDepartment(tx, actor, id, { forUpdate: true });
    if (Object.keys(data).length === 0) return withoutAccount(current);
    await assertParent(tx, actor, id, data.parentId);
    const [row] = await uniqueName(data.name, () =>
      tx.update(departments).set(data).where(eq(departments.id, id)).returning(),
    );
    return withoutAccount(row!);
  });
}
