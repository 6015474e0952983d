import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { departments } from '../../store/schema/index.js';
import { notifyAuthChanged } from '../auth/auth-cache.js';
import { findDepartment } from './departments.repository.js';

/** Its people stay, without a department; its sub-departments move up to its parent. */
export async function deleteDepartment(db: Database, actor: Actor, id: string) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const dept = await findDepartment(tx, actor, id, { forUpdate: true });
    await tx
      .update(departments)
      .set({ parentId: dept.parentId })
      .where(and(eq(departments.accountId, actor.accountId), eq(departments.parentId, id)));
    // Members lose the department through the foreign key; their cached actors carry it.
    await tx.delete(departments).where(eq(departments.id, id));
    await notifyAuthChanged(tx);
  });
}
