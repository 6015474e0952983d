import { withoutAccount } from '../../workspace/shared/list-page.js';
import { createTask } from '../../workspace/tasks/create-task.js';
import { deleteTask } from '../../workspace/tasks/delete-task.js';
import { TaskCreate, TaskListQuery, TaskOut, TaskUpdate } from '../../workspace/tasks/task.schema.js';
import { findTask, listTasks } from '../../workspace/tasks/tasks.repository.js';
import { updateTask } from '../../workspace/tasks/update-task.js';
import type { App, AppDeps } from '../types.js';
import { crudRoutes } from './crud-routes.js';

export async function taskRoutes(app: App, { db }: AppDeps) {
  crudRoutes(app, {
    path: '/tasks',
    tag: 'tasks',
    noun: 'task',
    summaries: {
      list: 'List tasks you created, are assigned to or take part in (admins: all)',
      create: 'Create a task (assigned to you unless assigneeId is given)',
      update: 'Update a task; status done completes it (send version to guard against lost updates)',
      remove: 'Delete a task (creator or admin)',
    },
    Out: TaskOut,
    Create: TaskCreate,
    Update: TaskUpdate,
    ListQuery: TaskListQuery,
    list: (actor, q) => listTasks(db, actor, q),
    create: (actor, body) => createTask(db, actor, body),
    get: async (actor, id) => withoutAccount(await findTask(db, actor, id)),
    update: (actor, id, body) => updateTask(db, actor, id, body),
    remove: (actor, id) => deleteTask(db, actor, id),
  });
}
