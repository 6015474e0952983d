import { AccountOut, AccountUpdate } from '../../workspace/accounts/account.schema.js';
import { getAccount } from '../../workspace/accounts/accounts.repository.js';
import { updateAccount } from '../../workspace/accounts/update-account.js';
import type { App, AppDeps } from '../types.js';

const tags = ['account'];

export async function accountRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/account',
    { schema: { tags, summary: 'Your account', response: { 200: AccountOut } } },
    async (req) => getAccount(db, req.actor.accountId),
  );
  app.patch(
    '/account',
    {
      schema: {
        tags,
        summary: 'Change the account name, country, language or time zone (admin)',
        body: AccountUpdate,
        response: { 200: AccountOut },
      },
    },
    async (req) => updateAccount(db, req.actor, req.body),
  );
}
