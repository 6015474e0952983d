import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { aiConsents, aiTermsVersions } from '../../store/schema/index.js';
import type { Governance } from '../governance-runtime.js';
import { recordDecision } from '../ledger/record-decision.js';
import { transferSubject } from '../pipeline/governed-request.js';
import { BUILT_IN_AI_TERMS } from '../policy/ai-terms.js';
import { loadSnapshot } from '../policy/load-snapshot.js';
import { notifyPolicyChanged } from '../policy/snapshot-cache.js';

export async function currentTerms(
  db: DbOrTx,
  accountId: string,
): Promise<{ version: number; text: string }> {
  const [row] = await db
    .select()
    .from(aiTermsVersions)
    .where(eq(aiTermsVersions.accountId, accountId))
    .orderBy(desc(aiTermsVersions.version))
    .limit(1);
  return row ? { version: row.version, text: row.text } : BUILT_IN_AI_TERMS;
}

/** What this user has accepted and what they still need to: the AI terms and each provider's disclosure. */
export async function consentStatus(g: Governance, actor: Actor) {
  const terms = await currentTerms(g.db, actor.accountId);
  const s = await loadSnapshot(g.db, g.ai, actor.accountId, actor.userId, g.prohibitions);
  const offered = new Set(
    [...s.surfaces.values()].filter((x) => x.enabled).flatMap((x) => x.allowedTechnologyIds),
  );
  return {
    terms: { ...terms, acceptedVersion: s.user.acceptedTermsVersion },
    disclosures: [...s.technologies.values()]
      .filter((t) => t.remote && offered.has(t.config.id))
      .map((t) => ({
        technologyId: t.config.id,
        name: t.label,
        region: t.region,
        providerTermsAccepted: t.termsAccepted,
        acknowledged: s.user.transferAcks.has(transferSubject(t)),
        text: `What you send with ${t.label} leaves this server and is processed by its provider${t.region ? ` (data region: ${t.region})` : ''}. Cohelm masks the personal data it can detect before anything leaves.`,
      })),
  };
}

/** The user accepts the current AI terms (the version they saw must be the current one). */
export async function acceptTerms(db: Database, actor: Actor, version: number) {
  const current = await currentTerms(db, actor.accountId);
  if (version !== current.version)
    throw new AppError(
      'conflict',
      `The current AI terms are version ${current.version}; read them again and accept that version`,
    );
  await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(aiConsents)
      .values({
        accountId: actor.accountId,
        userId: actor.userId,
        kind: 'ai_terms',
        subject: String(version),
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) await recordDecision(tx, actor, 'consent', { kind: 'ai_terms', version });
    await notifyPolicyChanged(tx, actor.accountId);
  });
}

/** The user acknowledges where a technology processes their requests (provider and region). */
export async function acknowledgeDisclosure(g: Governance, actor: Actor, technologyId: string) {
  const s = await loadSnapshot(g.db, g.ai, actor.accountId, actor.userId, g.prohibitions);
  const t = s.technologies.get(technologyId);
  if (!t || !t.remote) throw new AppError('not_found', 'No such external AI technology');
  const subject = transferSubject(t);
  await g.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(aiConsents)
      .values({ accountId: actor.accountId, userId: actor.userId, kind: 'data_transfer', subject })
      .onConflictDoNothing()
      .returning();
    if (inserted)
      await recordDecision(tx, actor, 'consent', { kind: 'data_transfer', technologyId, region: t.region });
    await notifyPolicyChanged(tx, actor.accountId);
  });
}
