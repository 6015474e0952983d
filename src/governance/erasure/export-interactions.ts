import { and, asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../store/database.js';
import { aiContents, aiPolicies } from '../../store/schema/index.js';
import { maskText, PII_TYPES, PlaceholderVault } from '../minimise/index.js';

const PAGE = 500;

/**
 * The account's opted-in interactions (AI outputs since it opted in), de-identified: no ids, the
 * day instead of the time, and every detectable personal data item replaced by a placeholder.
 * Nothing when the account has not opted in.
 */
export async function* exportAnonymized(db: DbOrTx, accountId: string): AsyncGenerator<string> {
  const [policy] = await db.select().from(aiPolicies).where(eq(aiPolicies.accountId, accountId));
  if (!policy?.dataUseOptIn || !policy.dataUseOptInAt) return;
  let after = new Date(policy.dataUseOptInAt.getTime() - 1);
  for (;;) {
    const rows = await db
      .select()
      .from(aiContents)
      .where(and(eq(aiContents.accountId, accountId), gt(aiContents.createdAt, after)))
      .orderBy(asc(aiContents.createdAt))
      .limit(PAGE);
    for (const c of rows) {
      const vault = new PlaceholderVault();
      const mask = (s: string) => maskText(s, vault, { types: PII_TYPES }).text;
      const manifest = c.manifest as { generator?: { kind?: string } };
      yield JSON.stringify({
        day: c.createdAt.toISOString().slice(0, 10),
        surface: c.surface,
        technologyKind: manifest.generator?.kind ?? null,
        model: c.model,
        initiator: c.initiator.type,
        advisory: c.advisory,
        text: mask(c.text),
        output: c.output === null ? null : JSON.parse(mask(JSON.stringify(c.output))),
      });
    }
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.createdAt;
  }
}
