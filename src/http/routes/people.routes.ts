import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import { accounts } from '../../store/schema/index.js';
import { AccountOut, AccountUpdate, PASSWORD } from '../../workspace/accounts/account.schema.js';
import { createUser } from '../../workspace/accounts/create-user.js';
import {
  createDepartment,
  deleteDepartment,
  listDepartments,
  updateDepartment,
} from '../../workspace/accounts/departments.js';
import { setPassword, updateUser } from '../../workspace/accounts/update-user.js';
import {
  DepartmentIn,
  DepartmentOut,
  UserCreate,
  UserOut,
  UserUpdate,
} from '../../workspace/accounts/user.schema.js';
import { getUser, listUsers } from '../../workspace/accounts/users.repository.js';
import { ApiKeyOut, createApiKey, listApiKeys, revokeApiKey } from '../../workspace/auth/api-keys.js';
import { hashPassword } from '../../workspace/auth/passwords.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, NoContent } from './params.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The account, its people, departments and API keys. Changes are for admins unless said otherwise. */
export async function peopleRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/account',
    { schema: { tags: ['account'], summary: 'Your account', response: { 200: AccountOut } } },
    async (req) => {
      const [row] = await db.select().from(accounts).where(eq(accounts.id, req.actor.accountId));
      if (!row) throw notFound('Account');
      return row;
    },
  );
  app.patch(
    '/account',
    {
      schema: {
        tags: ['account'],
        summary: 'Change the account name, country, language or time zone (admin)',
        body: AccountUpdate,
        response: { 200: AccountOut },
      },
    },
    async (req) => {
      requireAdmin(req.actor);
      const scope = eq(accounts.id, req.actor.accountId);
      const [row] = Object.keys(req.body).length
        ? await db.update(accounts).set(req.body).where(scope).returning()
        : await db.select().from(accounts).where(scope);
      return row!;
    },
  );

  app.get(
    '/users',
    { schema: { tags: ['users'], summary: 'People in your account', response: { 200: list(UserOut) } } },
    async (req) => ({
      items: await listUsers(db, req.actor.accountId),
    }),
  );
  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a person to the account (admin)',
        body: UserCreate,
        response: { 201: UserOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createUser(db, req.actor.accountId, req.body, req.actor)),
  );
  app.get(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'A person in your account',
        params: IdParams,
        response: { 200: UserOut },
      },
    },
    async (req) => getUser(db, req.actor.accountId, req.params.id),
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change name, role, department or blocked flag (admin; anyone may rename themselves)',
        params: IdParams,
        body: UserUpdate,
        response: { 200: UserOut },
      },
    },
    async (req) => updateUser(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/users/:id/password',
    {
      schema: {
        tags: ['users'],
        summary: "Set a user's password (admin); ends their sessions",
        params: IdParams,
        body: z.strictObject({ password: PASSWORD }),
        response: NoContent,
      },
    },
    async (req, reply) => {
      requireAdmin(req.actor);
      await setPassword(db, req.actor.accountId, req.params.id, await hashPassword(req.body.password));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/departments',
    {
      schema: {
        tags: ['departments'],
        summary: 'Departments of your account',
        response: { 200: list(DepartmentOut) },
      },
    },
    async (req) => ({
      items: await listDepartments(db, req.actor),
    }),
  );
  app.post(
    '/departments',
    {
      schema: {
        tags: ['departments'],
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
        tags: ['departments'],
        summary: 'Rename or move a department (admin)',
        params: IdParams,
        body: DepartmentIn.partial(),
        response: { 200: DepartmentOut },
      },
    },
    async (req) => updateDepartment(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/departments/:id',
    {
      schema: {
        tags: ['departments'],
        summary: 'Delete a department (admin); its people stay',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await deleteDepartment(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Your API keys (admins: all of the account)',
        response: { 200: list(ApiKeyOut) },
      },
    },
    async (req) => ({
      items: await listApiKeys(db, req.actor),
    }),
  );
  app.post(
    '/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key; the key is shown in this answer only',
        body: z.strictObject({
          name: z.string().trim().min(1).max(100),
          userId: z.uuid().optional().describe('Admins may create a key for another user'),
        }),
        response: { 201: ApiKeyOut.extend({ key: z.string() }) },
      },
    },
    async (req, reply) => {
      const userId = req.body.userId ?? req.actor.userId;
      if (userId !== req.actor.userId) requireAdmin(req.actor);
      const user = await getUser(db, req.actor.accountId, userId);
      return reply
        .status(201)
        .send(await createApiKey(db, { id: user.id, accountId: req.actor.accountId }, req.body.name));
    },
  );
  app.delete(
    '/api-keys/:id',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key (yours; admins: any in the account)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await revokeApiKey(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
