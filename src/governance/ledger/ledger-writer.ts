import { asc, inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../store/database.js';
import { aiContentBands, aiContents, aiRequests, auditHeads, auditLedger } from '../../store/schema/index.js';
import { entryHash, GENESIS } from './chain.js';

export type ContentRow = typeof aiContents.$inferInsert;
export type RequestRow = typeof aiRequests.$inferInsert;

/** What one pipeline request writes: its ledger entry, its request row and (if answered) its content. */
export type LedgerItem = {
  accountId: string;
  entry: Record<string, unknown>;
  request?: RequestRow;
  content?: ContentRow & { bands: string[] };
};

/**
 * Appends ledger entries to each account's chain inside `tx`, in order, with the contents and
 * request rows they describe. The head row's lock orders appends from every process.
 */
export async function appendToLedger(tx: Tx, items: LedgerItem[]): Promise<{ seq: number; hash: string }[]> {
  if (!items.length) return [];
  const accountIds = [...new Set(items.map((i) => i.accountId))].sort();
  await tx
    .insert(auditHeads)
    .values(accountIds.map((accountId) => ({ accountId, seq: 0, hash: GENESIS })))
    .onConflictDoNothing();
  // Sorted locking: two processes flushing overlapping accounts cannot deadlock.
  const heads = await tx
    .select()
    .from(auditHeads)
    .where(inArray(auditHeads.accountId, accountIds))
    .orderBy(asc(auditHeads.accountId))
    .for('update');
  const head = new Map(heads.map((h) => [h.accountId, { seq: h.seq, hash: h.hash }]));
  const now = new Date();
  const rows = items.map((item) => {
    const prev = head.get(item.accountId)!;
    const base = { accountId: item.accountId, seq: prev.seq + 1, entry: item.entry, createdAt: now };
    const row = { ...base, prevHash: prev.hash, hash: entryHash(prev.hash, base) };
    head.set(item.accountId, { seq: row.seq, hash: row.hash });
    return row;
  });
  const contents = items.flatMap((i) => (i.content ? [i.content] : []));
  if (contents.length) {
    await tx.insert(aiContents).values(contents.map(({ bands: _b, ...c }) => c));
    const bands = contents.flatMap((c) =>
      c.bands.map((band) => ({ accountId: c.accountId, band, contentId: c.id! })),
    );
    if (bands.length) await tx.insert(aiContentBands).values(bands).onConflictDoNothing();
  }
  const requests = items.flatMap((i) => (i.request ? [i.request] : []));
  if (requests.length) await tx.insert(aiRequests).values(requests);
  await tx.insert(auditLedger).values(rows);
  for (const [accountId, h] of head)
    await tx
      .update(auditHeads)
      .set({ seq: h.seq, hash: h.hash })
      .where(sql`${auditHeads.accountId} = ${accountId}`);
  return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
}

type Waiting = {
  item: LedgerItem;
  resolve: (r: { seq: number; hash: string }) => void;
  reject: (e: unknown) => void;
};

/**
 * Group commit: a request's entry is committed before its answer returns, but requests that arrive
 * while a commit is in flight share the next one. A lone request commits at once.
 */
export class LedgerWriter {
  private queue: Waiting[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly db: Database) {}

  append(item: LedgerItem): Promise<{ seq: number; hash: string }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.flushing || !this.queue.length) return;
    const batch = this.queue.splice(0);
    this.flushing = this.db
      .transaction((tx) =>
        appendToLedger(
          tx,
          batch.map((w) => w.item),
        ),
      )
      .then(
        (results) => {
          for (const [i, w] of batch.entries()) w.resolve(results[i]!);
        },
        (error) => {
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        this.flushing = null;
        this.kick();
      });
  }

  /** Waits for everything queued so far. */
  async drain(): Promise<void> {
    while (this.flushing || this.queue.length) await (this.flushing ?? Promise.resolve());
  }
}
