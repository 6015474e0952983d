import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { asc, eq, sql } from 'drizzle-orm';
import { loadConfig } from '../config.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Database } from '../store/database.js';
import { accounts, users } from '../store/schema/index.js';
import { createAccount } from '../workspace/accounts/create-account.js';
import { createUser } from '../workspace/accounts/create-user.js';
import { setPassword } from '../workspace/accounts/update-user.js';
import { findUserByEmail } from '../workspace/accounts/users.repository.js';
import { createApiKey } from '../workspace/auth/api-keys.js';
import { hashPassword } from '../workspace/auth/passwords.js';
import { UsageError, withStore } from './with-store.js';

const generated = () => randomBytes(12).toString('base64url');

/** An account by id or exact name; optional when the database holds exactly one. */
export async function resolveAccount(
  db: Database,
  ref: string | undefined,
): Promise<{ id: string; name: string }> {
  const all = await db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .orderBy(asc(accounts.createdAt));
  if (!ref) {
    if (all.length === 1) return all[0]!;
    throw new UsageError(
      all.length === 0
        ? 'There is no account yet: run `cohelm account create`'
        : 'Several accounts exist: pass --account <id or name>',
    );
  }
  const found = all.filter((a) => a.id === ref || a.name === ref);
  if (found.length !== 1)
    throw new UsageError(
      found.length ? `Several accounts are named "${ref}": use the id` : `No account "${ref}"`,
    );
  return found[0]!;
}

export function registerAdminCommands(program: Command): void {
  program
    .command('demo')
    .description('Seed a demo account (people, companies, deals, tasks, calls with transcripts)')
    .option('--admin-email <email>', 'the demo admin email')
    .option('--admin-password <password>', 'the demo admin password (generated when omitted)')
    .action(async (o: { adminEmail?: string; adminPassword?: string }) => {
      const seeded = await withStore((db) =>
        seedDemo(db, {
          adminEmail: o.adminEmail,
          adminPassword: o.adminPassword,
          emailTag: randomBytes(3).toString('hex'),
          recordingsDir: loadConfig().recordingsDir,
        }),
      );
      if (!seeded) return;
      console.log(`Demo account created (${seeded.accountId}).`);
      console.log(`  admin: ${seeded.admin.email}  password: ${seeded.admin.password}`);
      for (const u of seeded.users) console.log(`  user:  ${u.email}  password: ${u.password}`);
    });

  const account = program.command('account').description('Manage accounts (tenants)');
  account
    .command('create')
    .description('Create an account with its first admin')
    .requiredOption('--name <name>', 'company name')
    .requiredOption('--admin-email <email>', 'first admin email')
    .option('--admin-name <name>', 'first admin name', 'Administrator')
    .option('--admin-password <password>', 'generated when omitted')
    .option('--country <code>', 'ISO country code', 'US')
    .option('--language <tag>', 'language tag', 'en')
    .option('--plan <plan>', 'free | standard | professional | enterprise', 'free')
    .action(
      async (o: {
        name: string;
        adminEmail: string;
        adminName: string;
        adminPassword?: string;
        country: string;
        language: string;
        plan: string;
      }) => {
        const password = o.adminPassword ?? generated();
        const created = await withStore((db) =>
          createAccount(db, {
            name: o.name,
            country: o.country,
            language: o.language,
            plan: o.plan as 'free',
            admin: { email: o.adminEmail, name: o.adminName, password },
          }),
        );
        console.log(`Account "${created.account.name}" created (${created.account.id}).`);
        console.log(`  admin: ${created.admin.email}${o.adminPassword ? '' : `  password: ${password}`}`);
      },
    );
  account
    .command('list')
    .description('List accounts')
    .action(async () => {
      const rows = await withStore((db) =>
        db
          .select({
            id: accounts.id,
            name: accounts.name,
            plan: accounts.plan,
            users: sql<number>`(select count(*)::int from users where users.account_id = accounts.id)`,
          })
          .from(accounts)
          .orderBy(asc(accounts.createdAt)),
      );
      for (const r of rows) console.log(`${r.id}  ${r.name}  (${r.plan}, ${r.users} users)`);
      if (rows.length === 0) console.log('No accounts.');
    });

  const user = program.command('user').description('Manage users');
  user
    .command('create')
    .description('Add a user to an account')
    .requiredOption('--email <email>', 'email')
    .requiredOption('--name <name>', 'full name')
    .option('--role <role>', 'admin | user', 'user')
    .option('--password <password>', 'generated when omitted')
    .option('--account <account>', 'account id or exact name (optional when there is one account)')
    .action(async (o: { email: string; name: string; role: string; password?: string; account?: string }) => {
      if (o.role !== 'admin' && o.role !== 'user') throw new UsageError('--role must be admin or user');
      const password = o.password ?? generated();
      const created = await withStore(async (db) => {
        const acc = await resolveAccount(db, o.account);
        return createUser(db, acc.id, { email: o.email, name: o.name, role: o.role as 'user', password });
      });
      console.log(
        `User ${created.email} (${created.role}) created.${o.password ? '' : `  password: ${password}`}`,
      );
    });
  user
    .command('list')
    .description('List users')
    .option('--account <account>', 'account id or exact name')
    .action(async (o: { account?: string }) => {
      const rows = await withStore(async (db) => {
        const acc = await resolveAccount(db, o.account);
        return db.select().from(users).where(eq(users.accountId, acc.id)).orderBy(asc(users.email));
      });
      for (const u of rows) console.log(`${u.email}  ${u.name}  ${u.role}${u.blocked ? '  (blocked)' : ''}`);
    });
  user
    .command('reset-password')
    .description("Set a user's password (ends their sessions)")
    .requiredOption('--email <email>', 'email')
    .option('--password <password>', 'generated when omitted')
    .action(async (o: { email: string; password?: string }) => {
      const password = o.password ?? generated();
      if (password.length < 10) throw new UsageError('The password needs at least 10 characters');
      await withStore(async (db) => {
        const found = await findUserByEmail(db, o.email);
        if (!found) throw new UsageError(`No user ${o.email}`);
        await setPassword(db, undefined, found.id, await hashPassword(password));
      });
      console.log(`Password for ${o.email} reset.${o.password ? '' : `  New password: ${password}`}`);
    });

  program
    .command('apikey')
    .description('Manage API keys')
    .command('create')
    .description('Create an API key for a user; the key is printed once')
    .requiredOption('--user <email>', 'the user the key acts as')
    .option('--name <name>', 'a label for the key', 'CLI')
    .action(async (o: { user: string; name: string }) => {
      const created = await withStore(async (db) => {
        const found = await findUserByEmail(db, o.user);
        if (!found) throw new UsageError(`No user ${o.user}`);
        return createApiKey(db, found, o.name);
      });
      console.log(created.key);
      console.error(`API key "${created.name}" for ${o.user}: shown once, store it now.`);
    });
}
