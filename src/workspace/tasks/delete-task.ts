import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { removeEntity } from '../shared/remove-entity.js';
import { assertMayDelete } from '../shared/stamps.js';
import { findTask } from './tasks.repository.js';

/** The creator or an admin deletes a task. */
export async function deleteTask(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const task = await findTask(tx, actor, id, { forUpdate: true });
    assertMayDelete('task', actor, [task.createdBy]);
    await removeEntity(tx, actor, 'task', id, 'task.deleted', { dealId: task.dealId });
  });
}
