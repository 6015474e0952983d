import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import {
  aiPolicies,
  aiRestrictions,
  aiTermsVersions,
  aiUserBlocks,
  departments,
  users,
} from '../../store/schema/index.js';
import { assertVersion } from '../../workspace/shared/stamps.js';
import { recordDecision } from '../ledger/record-decision.js';
import { PII_TYPES } from '../minimise/index.js';
import { BUILT_IN_AI_TERMS } from './ai-terms.js';
import { PolicyIn, type RestrictionIn } from './policy.schema.js';
import { notifyPolicyChanged } from './snapshot-cache.js';

export async function getPolicy(db: Database, actor: Actor) {
  requireAdmin(actor);
  const [row] = await db.select().from(aiPolicies).where(eq(aiPolicies.accountId, actor.accountId));
  return {
    enabled: row?.enabled ?? true,
    blockedTechnologyIds: row?.blockedTechnologyIds ?? [],
    maskTypes: (row?.maskTypes ?? [...PII_TYPES]) as (typeof PII_TYPES)[number][],
    dataUseOptIn: row?.dataUseOptIn ?? false,
    reducedPerformance: row?.reducedPerformance ?? null,
    version: row?.version ?? 0,
  };
}

/** An admin turns AI on or off for the account, blocks technologies, picks masked data types. Audited. */
export async function updatePolicy(db: Database, actor: Actor, input: PolicyIn) {
  requireAdmin(actor);
  const data = PolicyIn.parse(input);
  const { version, ...values } = data;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(aiPolicies)
      .where(eq(aiPolicies.accountId, actor.accountId))
      .for('update');
    assertVersion('AI policy', { version: current?.version ?? 0 }, version);
    await tx
      .insert(aiPolicies)
      .values({
        accountId: actor.accountId,
        ...values,
        dataUseOptInAt: values.dataUseOptIn ? new Date() : null,
      })
      .onConflictDoUpdate({
        target: aiPolicies.accountId,
        set: {
          ...values,
          // Opting in starts the period whose interactions may be exported; opting out ends it.
          dataUseOptInAt: values.dataUseOptIn ? sql`coalesce(${aiPolicies.dataUseOptInAt}, now())` : null,
          updatedAt: sql`now()`,
          version: sql`${aiPolicies.version} + 1`,
        },
      });
    await recordDecision(tx, actor, 'setting_changed', { setting: 'ai_policy', value: values });
    await notifyPolicyChanged(tx, actor.accountId);
  });
  return getPolicy(db, actor);
}

/** An admin publishes a new version of the AI terms; every user accepts it before their next request. */
export async function publishTerms(db: Database, actor: Actor, text: string) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`terms:${actor.accountId}`}, 0))`);
    const [last] = await tx
      .select({ version: aiTermsVersions.version })
      .from(aiTermsVersions)
      .where(eq(aiTermsVersions.accountId, actor.accountId))
      .orderBy(desc(aiTermsVersions.version))
      .limit(1);
    const version = (last?.version ?? BUILT_IN_AI_TERMS.version) + 1;
    await tx
      .insert(aiTermsVersions)
      .values({ accountId: actor.accountId, version, text, createdBy: actor.userId });
    await recordDecision(tx, actor, 'setting_changed', { setting: 'ai_terms', version });
    await notifyPolicyChanged(tx, actor.accountId);
    return { version, text };
  });
}

async function assertSubject(db: Database, actor: Actor, type: 'department' | 'user', id: string) {
  const table = type === 'user' ? users : departments;
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.accountId, actor.accountId), eq(table.id, id)));
  if (!row)
    throw new AppError('validation_failed', `No such ${type} in this account`, { field: 'subjectId' });
}

export async function listRestrictions(db: Database, actor: Actor) {
  requireAdmin(actor);
  return db.select().from(aiRestrictions).where(eq(aiRestrictions.accountId, actor.accountId));
}

/** AI off for a department or a user, on one surface or all. */
export async function addRestriction(db: Database, actor: Actor, input: z.output<typeof RestrictionIn>) {
  requireAdmin(actor);
  await assertSubject(db, actor, input.subjectType, input.subjectId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(aiRestrictions)
      .values({ id: newId(), accountId: actor.accountId, ...input, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', 'This restriction exists already');
    await recordDecision(tx, actor, 'setting_changed', { setting: 'ai_restriction_added', ...input });
    await notifyPolicyChanged(tx, actor.accountId);
    return row;
  });
}

export async function removeRestriction(db: Database, actor: Actor, id: string) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(aiRestrictions)
      .where(and(eq(aiRestrictions.accountId, actor.accountId), eq(aiRestrictions.id, id)))
      .returning();
    if (!row) throw notFound('Restriction');
    await recordDecision(tx, actor, 'setting_changed', { setting: 'ai_restriction_removed', id });
    await notifyPolicyChanged(tx, actor.accountId);
  });
}

export async function listBlocks(db: Database, actor: Actor) {
  requireAdmin(actor);
  return db
    .select({
      userId: aiUserBlocks.userId,
      reason: aiUserBlocks.reason,
      blockedAt: aiUserBlocks.blockedAt,
      name: users.name,
    })
    .from(aiUserBlocks)
    .innerJoin(users, eq(users.id, aiUserBlocks.userId))
    .where(eq(aiUserBlocks.accountId, actor.accountId));
}

/** An admin blocks a user from AI Tools (e.g. after a complaint) or lifts the block. Audited. */
export async function setUserBlock(db: Database, actor: Actor, userId: string, reason: string | null) {
  requireAdmin(actor);
  await assertSubject(db, actor, 'user', userId).catch(() => {
    throw notFound('User');
  });
  await db.transaction(async (tx) => {
    if (reason === null) await tx.delete(aiUserBlocks).where(eq(aiUserBlocks.userId, userId));
    else
      await tx
        .insert(aiUserBlocks)
        .values({ userId, accountId: actor.accountId, reason, blockedBy: actor.userId })
        .onConflictDoUpdate({
          target: aiUserBlocks.userId,
          set: { reason, blockedBy: actor.userId, blockedAt: new Date() },
        });
    await recordDecision(tx, actor, reason === null ? 'user_unblocked' : 'user_blocked', { userId, reason });
    await notifyPolicyChanged(tx, actor.accountId);
  });
}
