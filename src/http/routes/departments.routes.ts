import { createDepartment } from '../../workspace/accounts/create-department.js';
import { deleteDepartment } from '../../workspace/accounts/delete-department.js';
import { listDepartments } from '../../workspace/accounts/departments.repository.js';
import { updateDepartment } from '../../workspace/accounts/update-department.js';
import { DepartmentIn, DepartmentOut, DepartmentUpdate } from '../../workspace/accounts/user.schema.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf, NoContent } from './params.js';

const tags = ['departments'];

export async function departmentRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/departments',
    { schema: { tags, summary: 'Departments of your account', response: { 200: itemsOf(DepartmentOut) } } },
    async (req) => ({ items: await listDepartments(db, req.actor) }),
  );
  app.post(
    '/departments',
    {
      schema: {
        tags,
        summary: 'Create a department (admin)',
        body: DepartmentIn,
        response: { 201: DepartmentOut },
      },
    },
    async (req, reply) => reply.status(201).send(await createDepartment(db, req.actor, req.body)),
  );
  app.patch(
    '/departments/:id',
    {
      schema: {
        tags,
        summary: 'Rename or move a department (admin)',
        params: IdParams,
        body: DepartmentUpdate,
        response: { 200: DepartmentOut },
      },
    },
    async (req) => updateDepartment(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/departments/:id',
    {
      schema: {
        tags,
        summary: 'Delete a department (admin); its people stay, its sub-departments move up',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await deleteDepartment(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
