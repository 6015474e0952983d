import fs from 'node:fs';
import type { Command } from 'commander';
import { asc, eq } from 'drizzle-orm';
import { exportAnonymized, exportLedger, verifyLedger } from '../governance/index.js';
import { accounts, type PlanLimits, plans } from '../store/schema/index.js';
import { resolveAccount } from './admin-commands.js';
import { UsageError, withStore } from './with-store.js';

const positive = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number ≥ 0`);
  return n;
};

export function registerGovernanceCommands(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit ledger');
  audit
    .command('verify')
    .description('Recompute every account’s chain (or one) and name the first bad entry; exit 1 when broken')
    .option('--account <id or name>', 'only this account')
    .action(async (o: { account?: string }) => {
      const broken = await withStore(async (db) => {
        const list = o.account
          ? [await resolveAccount(db, o.account)]
          : await db
              .select({ id: accounts.id, name: accounts.name })
              .from(accounts)
              .orderBy(asc(accounts.createdAt));
        let bad = 0;
        for (const a of list) {
          const r = await verifyLedger(db, a.id);
          if (r.ok) console.log(`ok      ${a.name}: ${r.entries} entries`);
          else {
            bad++;
            console.log(`BROKEN  ${a.name}: entry ${r.firstBadSeq}: ${r.reason}`);
          }
        }
        return bad;
      });
      if (broken) process.exitCode = 1;
    });
  audit
    .command('export')
    .description('Write an account’s ledger as JSON Lines')
    .option('--account <id or name>', 'the account (optional when there is one)')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (o: { account?: string; out?: string }) => {
      await withStore(async (db) => {
        const a = await resolveAccount(db, o.account);
        const out: NodeJS.WritableStream = o.out ? fs.createWriteStream(o.out) : process.stdout;
        let n = 0;
        for await (const line of exportLedger(db, a.id)) {
          if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
          n++;
        }
        if (o.out) {
          await new Promise<void>((r) => out.end(() => r()));
          console.error(`${n} entries written to ${o.out}`);
        }
      });
    });

  program
    .command('data')
    .description('Interaction data kept for improvement (only for accounts that opted in)')
    .command('export')
    .description('Write an account’s opted-in interactions as de-identified JSON Lines')
    .requiredOption('--anonymized', 'mask personal data and drop ids (the only export there is)')
    .option('--account <id or name>', 'the account (optional when there is one)')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (o: { account?: string; out?: string }) => {
      await withStore(async (db) => {
        const a = await resolveAccount(db, o.account);
        const out: NodeJS.WritableStream = o.out ? fs.createWriteStream(o.out) : process.stdout;
        let n = 0;
        for await (const line of exportAnonymized(db, a.id)) {
          if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
          n++;
        }
        if (o.out) await new Promise<void>((r) => out.end(() => r()));
        console.error(
          n
            ? `${n} interactions exported`
            : `Nothing to export: ${a.name} has not opted in to data use, or kept nothing since`,
        );
      });
    });

  const plan = program.command('plan').description('Fair-usage plans (instance-wide)');
  plan
    .command('list')
    .description('Show every plan’s limits')
    .action(async () => {
      await withStore(async (db) => {
        for (const p of await db.select().from(plans).orderBy(asc(plans.name)))
          console.log(`${p.name}\t${JSON.stringify(p.limits)}`);
      });
    });
  plan
    .command('set <name>')
    .description('Change a plan’s limits (only the ones given)')
    .option('--requests-per-hour <n>', 'account requests per hour (sliding)', positive('--requests-per-hour'))
    .option('--requests-per-day <n>', 'account requests per day (sliding)', positive('--requests-per-day'))
    .option('--tokens-per-month <n>', 'account tokens per calendar month', positive('--tokens-per-month'))
    .option('--agent-runs-per-day <n>', 'agent runs per day', positive('--agent-runs-per-day'))
    .option('--user-requests-per-hour <n>', 'per user', positive('--user-requests-per-hour'))
    .option('--user-requests-per-day <n>', 'per user', positive('--user-requests-per-day'))
    .option('--user-tokens-per-month <n>', 'per user', positive('--user-tokens-per-month'))
    .action(async (name: string, o: Record<string, number | undefined>) => {
      await withStore(async (db) => {
        const [p] = await db.select().from(plans).where(eq(plans.name, name));
        if (!p) throw new UsageError(`No plan "${name}"; see \`cohelm plan list\``);
        const l: PlanLimits = structuredClone(p.limits);
        l.requestsPerHour = o.requestsPerHour ?? l.requestsPerHour;
        l.requestsPerDay = o.requestsPerDay ?? l.requestsPerDay;
        l.tokensPerMonth = o.tokensPerMonth ?? l.tokensPerMonth;
        l.agentRunsPerDay = o.agentRunsPerDay ?? l.agentRunsPerDay;
        l.perUser.requestsPerHour = o.userRequestsPerHour ?? l.perUser.requestsPerHour;
        l.perUser.requestsPerDay = o.userRequestsPerDay ?? l.perUser.requestsPerDay;
        l.perUser.tokensPerMonth = o.userTokensPerMonth ?? l.perUser.tokensPerMonth;
        await db.update(plans).set({ limits: l, updatedAt: new Date() }).where(eq(plans.name, name));
        console.log(`${name}\t${JSON.stringify(l)}`);
        console.log('Running servers apply it within 30 seconds.');
      });
    });
}
