import { z } from 'zod';
import { createTask } from '../../workspace/tasks/create-task.js';
import type { AgentTool } from './agent-tool.js';

const Args = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20_000).default(''),
  dueAt: z.iso.datetime().nullable().default(null),
  dealId: z.uuid().nullable().default(null),
  aiContentId: z.uuid().nullable().default(null),
});

/** R1: a task for the principal (their own list; reversible: they can delete it). */
export const createTaskTool: AgentTool<z.infer<typeof Args>> = {
  name: 'create_task',
  risk: 'R1',
  label: 'Create a task for the principal',
  args: Args as unknown as z.ZodType<z.infer<typeof Args>>,
  async preview(_db, _principal, a) {
    return {
      title: `Task: ${a.title}`,
      before: null,
      after: { title: a.title, due: a.dueAt, description: a.description },
    };
  },
  async execute(tx, principal, a) {
    const task = await createTask(tx, principal, {
      title: a.title,
      description: a.description,
      ...(a.dueAt ? { dueAt: a.dueAt } : {}),
      ...(a.dealId ? { dealId: a.dealId } : {}),
      ...(a.aiContentId && a.description ? { descriptionAiContentId: a.aiContentId } : {}),
    });
    return { taskId: task.id };
  },
};
