import { and, asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../store/database.js';
import { auditHeads, auditLedger } from '../../store/schema/index.js';
import { type ChainCheck, checkChain, type LedgerRow } from './chain.js';

const PAGE = 5000;

async function* rowsOf(db: DbOrTx, accountId: string): AsyncGenerator<LedgerRow> {
  let after = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLedger)
      .where(and(eq(auditLedger.accountId, accountId), gt(auditLedger.seq, after)))
      .orderBy(asc(auditLedger.seq))
      .limit(PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.seq;
  }
}

/**
 * Recomputes one account's chain from its first entry and compares the end with the head row, so
 * that an edited, deleted or appended-by-hand entry (or a truncated tail) names the first bad seq.
 */
export async function verifyLedger(db: DbOrTx, accountId: string): Promise<ChainCheck> {
  const rows: LedgerRow[] = [];
  for await (const r of rowsOf(db, accountId)) rows.push(r);
  const check = checkChain(rows);
  if (!check.ok) return check;
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.accountId, accountId));
  const last = rows.at(-1);
  if (head && (head.seq !== (last?.seq ?? 0) || (last && head.hash !== last.hash)))
    return {
      ok: false,
      entries: rows.length,
      firstBadSeq: (last?.seq ?? 0) + 1,
      reason: `the chain ends at ${last?.seq ?? 0} but its head says ${head.seq} (entries removed at the end)`,
    };
  return check;
}

/** JSONL lines of one account's ledger, oldest first. */
export async function* exportLedger(db: DbOrTx, accountId: string): AsyncGenerator<string> {
  for await (const r of rowsOf(db, accountId))
    yield JSON.stringify({
      seq: r.seq,
      createdAt: r.createdAt.toISOString(),
      prevHash: r.prevHash,
      hash: r.hash,
      entry: r.entry,
    });
}
