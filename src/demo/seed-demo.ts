import { randomBytes } from 'node:crypto';
import type { Database } from '../store/database.js';
import { createAccount } from '../workspace/accounts/create-account.js';
import { createUser } from '../workspace/accounts/create-user.js';

export type SeedDemoOptions = { adminEmail?: string; adminPassword?: string };

const readablePassword = () => randomBytes(12).toString('base64url');

/** Creates the demo account: an admin and a sales rep. */
export async function seedDemo(db: Database, opts: SeedDemoOptions = {}) {
  const admin = {
    email: opts.adminEmail ?? 'admin@demo.cohelm.test',
    password: opts.adminPassword ?? readablePassword(),
  };
  const { account } = await createAccount(db, {
    name: 'Northwind Demo',
    plan: 'professional',
    country: 'US',
    admin: { email: admin.email, name: 'Alex Morgan', password: admin.password },
  });
  const rep = { email: 'sam@demo.cohelm.test', password: readablePassword() };
  await createUser(db, account.id, { email: rep.email, name: 'Sam Rivera', password: rep.password });
  return { accountId: account.id, admin, users: [rep] };
}
