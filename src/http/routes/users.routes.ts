import { z } from 'zod';
import { PASSWORD } from '../../workspace/accounts/account.schema.js';
import { createUser } from '../../workspace/accounts/create-user.js';
import { resetPassword } from '../../workspace/accounts/reset-password.js';
import { updateUser } from '../../workspace/accounts/update-user.js';
import { UserCreate, UserOut, UserUpdate } from '../../workspace/accounts/user.schema.js';
import { getUser, listUsers } from '../../workspace/accounts/users.repository.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf, NoContent } from './params.js';

const tags = ['users'];

/** The people of the account: everyone may list them (pickers), admins manage them. */
export async function userRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/users',
    { schema: { tags, summary: 'People in your account', response: { 200: itemsOf(UserOut) } } },
    async (req) => ({ items: await listUsers(db, req.actor.accountId) }),
  );
  app.post(
    '/users',
    {
      schema: {
        tags,
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
    { schema: { tags, summary: 'A person in your account', params: IdParams, response: { 200: UserOut } } },
    async (req) => getUser(db, req.actor.accountId, req.params.id),
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, role, department or blocked flag (admin; anyone may rename themselves)',
        description:
          'Blocking ends the user’s sessions and stops their API keys. The last active admin stays.',
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
        tags,
        summary: "Set a user's password (admin); ends their sessions",
        params: IdParams,
        body: z.strictObject({ password: PASSWORD }),
        response: NoContent,
      },
    },
    async (req, reply) => {
      await resetPassword(db, req.actor, req.params.id, req.body.password);
      return reply.status(204).send(null);
    },
  );
}
