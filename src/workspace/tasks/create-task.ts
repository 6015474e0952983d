import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../../store/database.js';
import { tasks } from '../../store/schema/index.js';
import { assertAiContentUsable } from '../shared/ai-content.js';
import { withoutAccount } from '../shared/list-page.js';
import { TaskCreate } from './task.schema.js';
import { assertTaskReferences, normalizeChecklist } from './tasks.repository.js';

export async function createTask(db: DbOrTx, actor: Actor, input: TaskCreate) {
  const data = TaskCreate.parse(input);
  return db.transaction(async (tx) => {
    const assigneeId = data.assigneeId ?? actor.userId;
    await assertTaskReferences(tx, actor, { ...data, assigneeId });
    await assertAiContentUsable(tx, actor, data.descriptionAiContentId);
    const done = data.status === 'done';
    const [row] = await tx
      .insert(tasks)
      .values({
        ...data,
        id: newId(),
        accountId: actor.accountId,
        assigneeId,
        createdBy: actor.userId,
        dueAt: data.dueAt ? new Date(data.dueAt) : null,
        checklist: normalizeChecklist(data.checklist),
        completedAt: done ? new Date() : null,
      })
      .returning();
    const task = row!;
    const payload = { dealId: task.dealId, assigneeId, title: task.title, dueAt: task.dueAt };
    const base = {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      entityType: 'task',
      entityId: task.id,
    } as const;
    await emitEvent(tx, { ...base, type: 'task.created', payload });
    if (done) await emitEvent(tx, { ...base, type: 'task.completed', payload });
    return withoutAccount(task);
  });
}
