import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { tasks } from '../../store/schema/index.js';
import { assertAiContentUsable } from '../shared/ai-content.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertVersion, touch } from '../shared/stamps.js';
import { TaskUpdate } from './task.schema.js';
import { assertTaskReferences, findTask, normalizeChecklist } from './tasks.repository.js';

const changed = <T>(next: T | undefined, current: T) =>
  next !== undefined && next !== current ? next : undefined;

/**
 * Partial update by anyone who can see the task. Moving to `done` stamps completedAt and emits
 * task.completed; moving away from `done` clears it.
 */
export async function updateTask(db: Database, actor: Actor, id: string, input: TaskUpdate) {
  const { version, ...patch } = TaskUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findTask(tx, actor, id, { forUpdate: true });
    assertVersion('task', current, version);
    // Only references that change are checked: an assignee keeps a task on a deal hidden from them.
    await assertTaskReferences(tx, actor, {
      assigneeId: changed(patch.assigneeId, current.assigneeId),
      participantIds: patch.participantIds,
      dealId: changed(patch.dealId, current.dealId),
      contactId: changed(patch.contactId, current.contactId),
    });
    await assertAiContentUsable(tx, actor, patch.descriptionAiContentId);
    const completing = patch.status === 'done' && current.status !== 'done';
    const reopening = patch.status !== undefined && patch.status !== 'done' && current.status === 'done';
    const { dueAt, checklist, ...rest } = patch;
    const [row] = await tx
      .update(tasks)
      .set({
        ...rest,
        ...(dueAt !== undefined ? { dueAt: dueAt ? new Date(dueAt) : null } : {}),
        ...(checklist ? { checklist: normalizeChecklist(checklist) } : {}),
        ...(completing ? { completedAt: new Date() } : reopening ? { completedAt: null } : {}),
        ...touch(tasks),
      })
      .where(eq(tasks.id, current.id))
      .returning();
    const task = row!;
    const base = {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      entityType: 'task',
      entityId: task.id,
    } as const;
    await emitEvent(tx, {
      ...base,
      type: 'task.updated',
      payload: { fields: Object.keys(patch), dealId: task.dealId, assigneeId: task.assigneeId },
    });
    if (completing) {
      await emitEvent(tx, {
        ...base,
        type: 'task.completed',
        payload: { dealId: task.dealId, title: task.title, assigneeId: task.assigneeId },
      });
    }
    return withoutAccount(task);
  });
}
