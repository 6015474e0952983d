import { asc, getTableColumns, getTableName, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
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
 * `insert into <table> (<columns>) select <columns> from jsonb_populate_recordset(…)`: the rows as one
 * JSON parameter, the columns those the rows set (so that defaults apply to the others).
 */
function insertJson(table: PgTable, rows: Record<string, unknown>[]) {
  const columns = getTableColumns(table);
  const keys = [
    ...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined && k in columns))),
  ];
  const names = keys.map((k) => (columns[k] as { name: string }).name);
  const data = rows.map((r) =>
    Object.fromEntries(
      keys.map((k, i) => [names[i], r[k] instanceof Date ? (r[k] as Date).toISOString() : r[k]]),
    ),
  );
  const list = sql.raw(names.map((n) => `"${n}"`).join(', ') || '"account_id"');
  const name = sql.raw(`"${getTableName(table)}"`);
  return sql`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(data)}::jsonb)`;
}

/** Accounts whose head row exists (heads are never deleted while the account lives). */
const knownHeads = new Set<string>();

/**
 * Appends ledger entries to each account's chain inside `tx`, in order, with the contents and
 * request rows they describe. The head row's lock orders appends from every process.
 */
export async function appendToLedger(tx: Tx, items: LedgerItem[]): Promise<{ seq: number; hash: string }[]> {
  if (!items.length) return [];
  const accountIds = [...new Set(items.map((i) => i.accountId))].sort();
  const fresh = accountIds.filter((id) => !knownHeads.has(id));
  if (fresh.length)
    await tx
      .insert(auditHeads)
      .values(fresh.map((accountId) => ({ accountId, seq: 0, hash: GENESIS })))
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
  const bands = contents.flatMap((c) =>
    c.bands.map((band) => ({ accountId: c.accountId, band, contentId: c.id! })),
  );
  const requests = items.flatMap((i) => (i.request ? [i.request] : []));
  const newHeads = [...head].map(([accountId, h]) => ({ accountId, seq: h.seq, hash: h.hash }));
  // One statement for every row of the batch: the commit costs a handful of round trips, not one per table.
  await tx.execute(sql`
    with c as (${insertJson(
      aiContents,
      contents.map(({ bands: _b, ...c }) => c),
    )}),
    b as (${insertJson(aiContentBands, bands)} on conflict do nothing),
    r as (${insertJson(aiRequests, requests)}),
    l as (${insertJson(auditLedger, rows)})
    update audit_heads as h set seq = v.seq, hash = v.hash
    from jsonb_to_recordset(${JSON.stringify(newHeads.map((x) => ({ account_id: x.accountId, seq: x.seq, hash: x.hash })))}::jsonb)
      as v(account_id uuid, seq bigint, hash text)
    where h.account_id = v.account_id`);
  for (const id of fresh) knownHeads.add(id);
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
