import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { AiRuntime } from '../../ai/ai-runtime.js';
import { listSurfaceSettings } from '../../ai/settings/surface-settings.js';
import { LOCAL_CONFIG, listTechnologyRows, toConfig } from '../../ai/settings/technologies.repository.js';
import { SURFACES, type Surface } from '../../ai/settings/technology.schema.js';
import { TECHNOLOGY_FACTORIES } from '../../ai/technologies/registry.js';
import type { TechnologyKind } from '../../ai/technology.js';
import type { DbOrTx } from '../../store/database.js';
import {
  accounts,
  aiConsents,
  aiPolicies,
  aiRestrictions,
  aiTermsVersions,
  aiUserBlocks,
  aiUserPreferences,
  contacts,
  plans,
  users,
} from '../../store/schema/index.js';
import { PII_TYPES, type PiiType } from '../minimise/index.js';
import type { PolicySnapshot, TechnologyView } from '../pipeline/governed-request.js';
import { BUILT_IN_AI_TERMS } from './ai-terms.js';

/** Platform-level prohibitions: `kind:CC,CC;kind:CC` (from COHELM_AI_PROHIBITED). */
export function parseProhibitions(spec: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const part of (spec ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [kind, countries = ''] = part.split(':');
    out.set(
      kind!.trim(),
      new Set(
        countries
          .split(',')
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      ),
    );
  }
  return out;
}

export type Snapshot = PolicySnapshot & { knownNames: string[] };

/** Reads everything the pre-invoke stages need for one user of one account. */
export async function loadSnapshot(
  db: DbOrTx,
  ai: AiRuntime,
  accountId: string,
  userId: string,
  prohibitions: Map<string, Set<string>>,
): Promise<Snapshot> {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account) throw new Error(`account ${accountId} vanished`);
  const [[plan], [policy], surfaces, rows, [user], [terms], blocks, consents, prefs] = await Promise.all([
    db.select().from(plans).where(eq(plans.name, account.plan)),
    db.select().from(aiPolicies).where(eq(aiPolicies.accountId, accountId)),
    listSurfaceSettings(db, accountId),
    listTechnologyRows(db, accountId),
    db.select({ departmentId: users.departmentId }).from(users).where(eq(users.id, userId)),
    db
      .select({ version: aiTermsVersions.version })
      .from(aiTermsVersions)
      .where(eq(aiTermsVersions.accountId, accountId))
      .orderBy(desc(aiTermsVersions.version))
      .limit(1),
    db.select().from(aiUserBlocks).where(eq(aiUserBlocks.userId, userId)),
    db.select().from(aiConsents).where(eq(aiConsents.userId, userId)),
    db.select().from(aiUserPreferences).where(eq(aiUserPreferences.userId, userId)),
  ]);
  if (!plan) throw new Error(`plan ${account.plan} is not defined`);
  const subjects = [userId, ...(user?.departmentId ? [user.departmentId] : [])];
  const restrictions = await db
    .select({ surface: aiRestrictions.surface })
    .from(aiRestrictions)
    .where(and(eq(aiRestrictions.accountId, accountId), or(inArray(aiRestrictions.subjectId, subjects))));
  const technologies = new Map<string, TechnologyView>([
    [
      LOCAL_CONFIG.id,
      {
        config: LOCAL_CONFIG,
        region: 'This server',
        termsAccepted: true,
        remote: false,
        label: LOCAL_CONFIG.name,
      },
    ],
  ]);
  const blocked = new Set(policy?.blockedTechnologyIds ?? []);
  for (const row of rows) {
    if (row.status !== 'active') continue;
    const kind = row.kind as TechnologyKind;
    if (prohibitions.get(kind)?.has(account.country.toUpperCase())) blocked.add(row.id);
    try {
      technologies.set(row.id, {
        config: toConfig(row, ai),
        region: row.region,
        termsAccepted: !TECHNOLOGY_FACTORIES[kind].capabilities.remote || row.termsAcceptedAt !== null,
        remote: TECHNOLOGY_FACTORIES[kind].capabilities.remote,
        label: row.name,
      });
    } catch {
      // A key sealed with another COHELM_SECRET_KEY: unusable until re-entered (its test says so).
    }
  }
  const names = await knownNames(db, accountId);
  const accepted = consents.filter((c) => c.kind === 'ai_terms').map((c) => Number(c.subject));
  return {
    accountId,
    country: account.country,
    plan: account.plan,
    limits: plan.limits,
    enabled: policy?.enabled ?? true,
    blockedTechnologyIds: blocked,
    maskTypes: (policy?.maskTypes ?? PII_TYPES).filter((t): t is PiiType =>
      (PII_TYPES as readonly string[]).includes(t),
    ),
    reducedPerformance: policy?.reducedPerformance ?? null,
    surfaces: new Map(surfaces.map((s) => [s.surface, s])),
    technologies,
    currentTermsVersion: terms?.version ?? BUILT_IN_AI_TERMS.version,
    knownNames: names,
    user: {
      userId,
      blockedReason: blocks[0]?.reason ?? null,
      restricted: new Set(restrictions.map((r) => r.surface ?? '*')),
      acceptedTermsVersion: accepted.length ? Math.max(...accepted) : 0,
      transferAcks: new Set(consents.filter((c) => c.kind === 'data_transfer').map((c) => c.subject)),
      preferences: new Map(
        prefs
          .filter((p) => (SURFACES as readonly string[]).includes(p.surface))
          .map((p) => [p.surface as Surface, p.technologyId]),
      ),
    },
  };
}

const MAX_NAMES = 5000;

/** The account's people by name, so that masking finds names no lexicon knows. */
async function knownNames(db: DbOrTx, accountId: string): Promise<string[]> {
  const [people, folks] = await Promise.all([
    db.select({ name: users.name }).from(users).where(eq(users.accountId, accountId)).limit(MAX_NAMES),
    db
      .select({ first: contacts.firstName, last: contacts.lastName })
      .from(contacts)
      .where(eq(contacts.accountId, accountId))
      .limit(MAX_NAMES),
  ]);
  const all = [...people.map((p) => p.name), ...folks.map((c) => `${c.first} ${c.last}`.trim())];
  return [...new Set(all.filter((n) => n.length >= 3))];
}
