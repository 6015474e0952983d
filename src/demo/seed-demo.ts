import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { emitEvent } from '../events/outbox.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Database } from '../store/database.js';
import {
  accounts,
  calls,
  companies,
  contacts,
  deals,
  departments,
  feedPosts,
  messages,
  pipelineStages,
  tasks,
  users,
} from '../store/schema/index.js';
import { DEFAULT_STAGES } from '../workspace/accounts/default-stages.js';
import { assertEmailFree } from '../workspace/accounts/users.repository.js';
import { hashPassword } from '../workspace/auth/passwords.js';
import { DEMO_RECORDED_CALL } from './demo-recording.js';
import {
  DEMO_COMMENTS,
  DEMO_COMPANIES,
  DEMO_CONTACTS,
  DEMO_DEALS,
  DEMO_DEPARTMENTS,
  DEMO_FEED,
  DEMO_TASKS,
  DEMO_USERS,
  type DemoUserKey,
} from './demo-records.js';
import { DEMO_CALLS, transcriptOf } from './demo-transcripts.js';

const DEMO_RECORDING_FILE = fileURLToPath(new URL(`./assets/${DEMO_RECORDED_CALL.file}`, import.meta.url));

export type SeedDemoOptions = {
  adminEmail?: string;
  adminPassword?: string;
  /** First start: seed only while the database has no account (several processes may race here). */
  onlyIfEmpty?: boolean;
  /** Suffix for the demo users' emails when seeding a second demo account. */
  emailTag?: string;
  /** Where recordings live: the demo gets one recorded call, not yet transcribed. */
  recordingsDir?: string;
};
export type SeededDemo = {
  accountId: string;
  admin: { email: string; password: string };
  users: { email: string; password: string }[];
};

const readablePassword = () => randomBytes(12).toString('base64url');
const daysFromNow = (days: number, hour = 10) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Creates the demo account "Northwind Demo" — people, companies, contacts, a pipeline across every
 * stage, tasks, calls with transcripts, comments and feed posts — in one transaction. Returns
 * undefined when `onlyIfEmpty` is set and an account already exists.
 */
export async function seedDemo(db: Database, opts: SeedDemoOptions = {}): Promise<SeededDemo | undefined> {
  const emailOf = (email: string) => (opts.emailTag ? email.replace('@', `+${opts.emailTag}@`) : email);
  const people = DEMO_USERS.map((u) => ({
    ...u,
    email: u.role === 'admin' && opts.adminEmail ? opts.adminEmail : emailOf(u.email),
    password: u.role === 'admin' && opts.adminPassword ? opts.adminPassword : readablePassword(),
  }));
  const hashes = await Promise.all(people.map((p) => hashPassword(p.password)));

  // The recording's copy, removed again if the transaction does not commit.
  let recording: string | undefined;
  try {
    return await seedInTransaction();
  } catch (err) {
    if (recording && opts.recordingsDir)
      await fs.promises.rm(path.join(opts.recordingsDir, recording), { force: true });
    throw err;
  }

  function seedInTransaction() {
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(7438202)`);
      if (opts.onlyIfEmpty) {
        const existing = await tx.select({ id: accounts.id }).from(accounts).limit(1);
        if (existing.length) return undefined;
      }
      for (const p of people) await assertEmailFree(tx, p.email);

      const accountId = newId();
      await tx.insert(accounts).values({
        id: accountId,
        name: 'Northwind Demo',
        plan: 'professional',
        country: 'US',
        language: 'en',
        timeZone: 'America/Chicago',
      });
      const stageRows = DEFAULT_STAGES.map((s, i) => ({ id: newId(), accountId, sort: i * 10, ...s }));
      await tx.insert(pipelineStages).values(stageRows);
      const stageId = (key: string) => stageRows.find((s) => s.key === key)!;

      const deptIds = new Map(DEMO_DEPARTMENTS.map((name) => [name, newId()]));
      await tx.insert(departments).values([...deptIds].map(([name, id]) => ({ id, accountId, name })));
      const userIds = new Map<DemoUserKey, string>(people.map((p) => [p.key, newId()]));
      const uid = (k: DemoUserKey) => userIds.get(k)!;
      await tx.insert(users).values(
        people.map((p, i) => ({
          id: uid(p.key),
          accountId,
          email: p.email,
          name: p.name,
          role: p.role,
          departmentId: deptIds.get(p.department) ?? null,
          passwordHash: hashes[i]!,
        })),
      );

      const companyIds = new Map(DEMO_COMPANIES.map((c) => [c.key as string, newId()]));
      await tx.insert(companies).values(
        DEMO_COMPANIES.map((c) => ({
          id: companyIds.get(c.key)!,
          accountId,
          name: c.name,
          industry: c.industry,
          website: c.website,
          phone: c.phone,
          address: c.address,
          ownerId: uid(c.owner),
        })),
      );
      const contactIds = new Map(DEMO_CONTACTS.map((c) => [c.key as string, newId()]));
      await tx.insert(contacts).values(
        DEMO_CONTACTS.map((c) => {
          const company = DEMO_COMPANIES.find((x) => x.key === c.company)!;
          const domain = new URL(company.website).hostname;
          return {
            id: contactIds.get(c.key)!,
            accountId,
            firstName: c.first,
            lastName: c.last,
            email: `${`${c.first}.${c.last}`.toLowerCase().replace(/[^a-z.]/g, '')}@${domain}`,
            phone: c.phone,
            position: c.position,
            companyId: companyIds.get(c.company)!,
            ownerId: uid(company.owner),
          };
        }),
      );

      const dealIds = new Map(DEMO_DEALS.map((d) => [d.key, newId()]));
      await tx.insert(deals).values(
        DEMO_DEALS.map((d) => {
          const stage = stageId(d.stage);
          const created = daysFromNow(-d.createdDaysAgo);
          return {
            id: dealIds.get(d.key)!,
            accountId,
            title: d.title,
            stageId: stage.id,
            amount: d.amount,
            currency: d.currency,
            expectedCloseDate: isoDate(daysFromNow(d.closeInDays)),
            probability: stage.probability,
            source: d.source,
            companyId: companyIds.get(d.company)!,
            contactIds: d.contacts.map((c) => contactIds.get(c)!),
            ownerId: uid(d.owner),
            participantIds: d.participants.map(uid),
            closedAt: stage.kind === 'open' ? null : daysFromNow(d.closeInDays),
            lastActivityAt: daysFromNow(-Math.min(d.createdDaysAgo, 3)),
            createdBy: uid(d.owner),
            createdAt: created,
            updatedAt: created,
          };
        }),
      );

      await tx.insert(tasks).values(
        DEMO_TASKS.map((t, i) => ({
          id: newId(),
          accountId,
          title: t.title,
          description: t.description,
          status: t.status,
          priority: t.priority,
          dueAt: t.dueInDays === null ? null : daysFromNow(t.dueInDays, 15),
          assigneeId: uid(t.assignee),
          createdBy: uid(t.creator),
          dealId: t.deal ? dealIds.get(t.deal)! : null,
          contactId: t.contact ? contactIds.get(t.contact)! : null,
          checklist: (t.checklist ?? []).map(([text, done], j) => ({ id: `c${i}-${j}`, text, done })),
          completedAt: t.status === 'done' ? daysFromNow(Math.min(0, t.dueInDays ?? 0), 12) : null,
          createdAt: daysFromNow(-(Math.abs(t.dueInDays ?? 5) + 5)),
        })),
      );

      await tx.insert(calls).values(
        DEMO_CALLS.map((c) => {
          const { text, segments, durationSeconds } = transcriptOf(c);
          const contact = DEMO_CONTACTS.find((x) => x.key === c.contact)!;
          const owner = people.find((p) => p.key === c.owner)!;
          const startedAt = daysFromNow(-c.daysAgo, 14);
          return {
            id: newId(),
            accountId,
            subject: c.subject,
            direction: c.direction,
            status: 'ended' as const,
            ownerId: uid(c.owner),
            contactId: contactIds.get(c.contact)!,
            dealId: dealIds.get(c.deal)!,
            participants: [
              { name: owner.name, userId: uid(c.owner), role: 'agent' },
              {
                name: `${contact.first} ${contact.last}`,
                phone: contact.phone,
                contactId: contactIds.get(c.contact)!,
                role: 'customer',
              },
            ],
            startedAt,
            endedAt: new Date(startedAt.getTime() + durationSeconds * 1000),
            recordingConsent: c.consent,
            transcript: text,
            transcriptSegments: segments,
            createdAt: startedAt,
            updatedAt: startedAt,
          };
        }),
      );

      if (opts.recordingsDir) {
        const r = DEMO_RECORDED_CALL;
        const id = newId();
        const contact = DEMO_CONTACTS.find((x) => x.key === r.contact)!;
        const owner = people.find((p) => p.key === r.owner)!;
        recording = path.join(accountId, `${id}-demo.ogg`);
        const target = path.join(opts.recordingsDir, recording);
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        await fs.promises.copyFile(DEMO_RECORDING_FILE, target);
        const startedAt = daysFromNow(-r.daysAgo, 10);
        await tx.insert(calls).values({
          id,
          accountId,
          subject: r.subject,
          direction: 'outbound',
          status: 'ended',
          ownerId: uid(r.owner),
          contactId: contactIds.get(r.contact)!,
          dealId: dealIds.get(r.deal)!,
          participants: [
            { name: owner.name, userId: uid(r.owner), role: 'agent' },
            {
              name: `${contact.first} ${contact.last}`,
              contactId: contactIds.get(r.contact)!,
              role: 'customer',
            },
          ],
          startedAt,
          endedAt: new Date(startedAt.getTime() + 40_000),
          recordingConsent: true,
          recordingPath: recording,
          recordingMime: r.mime,
          recordingBytes: (await fs.promises.stat(target)).size,
          createdAt: startedAt,
          updatedAt: startedAt,
        });
      }

      await tx.insert(messages).values([
        ...DEMO_COMMENTS.map((m) => ({
          id: newId(),
          accountId,
          entityType: 'deal' as const,
          entityId: dealIds.get(m.deal)!,
          kind: 'comment' as const,
          authorId: uid(m.author),
          body: m.body,
          createdAt: daysFromNow(-m.daysAgo, 11),
        })),
        ...DEMO_DEALS.filter((d) => d.stage !== 'new').map((d) => ({
          id: newId(),
          accountId,
          entityType: 'deal' as const,
          entityId: dealIds.get(d.key)!,
          kind: 'system' as const,
          authorId: uid(d.owner),
          body: `Stage changed to ${DEFAULT_STAGES.find((s) => s.key === d.stage)!.name}`,
          createdAt: daysFromNow(-Math.max(1, Math.floor(d.createdDaysAgo / 3)), 9),
        })),
      ]);

      await tx.insert(feedPosts).values(
        DEMO_FEED.map((p) => ({
          id: newId(),
          accountId,
          authorId: uid(p.author),
          title: p.title,
          body: p.body,
          departmentId: p.department ? deptIds.get(p.department as (typeof DEMO_DEPARTMENTS)[number])! : null,
          createdAt: daysFromNow(-p.daysAgo, 9),
          updatedAt: daysFromNow(-p.daysAgo, 9),
        })),
      );
      await emitEvent(tx, {
        accountId,
        type: 'account.created',
        actorUserId: uid('alex'),
        entityType: 'account',
        entityId: accountId,
        payload: { demo: true },
      });

      const [admin, ...others] = people;
      if (!admin) throw new AppError('internal', 'demo has no admin');
      return {
        accountId,
        admin: { email: admin.email, password: admin.password },
        users: others.map((p) => ({ email: p.email, password: p.password })),
      };
    });
  }
}
