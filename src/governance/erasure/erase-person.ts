import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../store/database.js';
import { aiContents, piiVaults } from '../../store/schema/index.js';

const ERASED = '[erased]';

/**
 * Right to erasure for AI data: a person's name, email and phone are replaced in every stored AI
 * output of the account, and the account's masking vaults (which hold originals) are dropped. The
 * audit ledger keeps only hashes and categories, never text, so its chain stays verifiable.
 */
export async function erasePersonFromAiData(
  db: DbOrTx,
  accountId: string,
  values: (string | null | undefined)[],
): Promise<number> {
  const needles = [
    ...new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v && v.length >= 3))),
  ];
  let changed = 0;
  for (const v of needles) {
    // JSON text of a plain string is the string itself unless it has quotes or backslashes.
    const jsonSafe = JSON.stringify(v) === `"${v}"`;
    const r = await db
      .update(aiContents)
      .set({
        text: sql`replace(${aiContents.text}, ${v}, ${ERASED})`,
        ...(jsonSafe ? { output: sql`replace(${aiContents.output}::text, ${v}, ${ERASED})::jsonb` } : {}),
      })
      .where(
        and(
          eq(aiContents.accountId, accountId),
          sql`(strpos(${aiContents.text}, ${v}) > 0 or strpos(coalesce(${aiContents.output}::text, ''), ${v}) > 0)`,
        ),
      )
      .returning({ id: aiContents.id });
    changed += r.length;
  }
  if (needles.length) await db.delete(piiVaults).where(eq(piiVaults.accountId, accountId));
  return changed;
}
