import { and, desc, eq, lt } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { DbOrTx } from '../../store/database.js';
import { auditLedger } from '../../store/schema/index.js';
import { exportLedger, verifyLedger } from '../ledger/verify-ledger.js';

/** The newest ledger entries of the account, a page at a time (admin). */
export async function listAuditEntries(db: DbOrTx, actor: Actor, opts: { before?: number; limit: number }) {
  requireAdmin(actor);
  const rows = await db
    .select()
    .from(auditLedger)
    .where(
      and(
        eq(auditLedger.accountId, actor.accountId),
        opts.before ? lt(auditLedger.seq, opts.before) : undefined,
      ),
    )
    .orderBy(desc(auditLedger.seq))
    .limit(opts.limit);
  return rows.map((r) => ({
    seq: r.seq,
    createdAt: r.createdAt,
    hash: r.hash,
    prevHash: r.prevHash,
    entry: r.entry,
  }));
}

export async function verifyAccountLedger(db: DbOrTx, actor: Actor) {
  requireAdmin(actor);
  return verifyLedger(db, actor.accountId);
}

export function exportAccountLedger(db: DbOrTx, actor: Actor) {
  requireAdmin(actor);
  return exportLedger(db, actor.accountId);
}
