import { hash } from 'node:crypto';
import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../store/database.js';
import { aiContents, aiRequests, auditLedger } from '../../store/schema/index.js';
import { entryHash, type LedgerRow } from './chain.js';

export type ContentRow = typeof aiContents.$inferInsert;
export type RequestRow = typeof aiRequests.$inferInsert;

/** What one pipeline request writes: its ledger entry, its request row and (if answered) its content. */
export type LedgerItem = {
  accountId: string;
  entry: Record<string, unknown>;
  request?: RequestRow;
  content?: ContentRow;
};

export type Head = { seq: number; hash: string };

/** An account's head moving from `from` to `to` when its entries of a batch are written. */
export type HeadMove = { accountId: string; from: Head; to: Head };

/** The ledger rows of `items`, each linked to the one before it in its account's chain, starting at `heads`. */
export function chainEntries(
  items: LedgerItem[],
  heads: ReadonlyMap<string, Head>,
): { rows: LedgerRow[]; moves: HeadMove[] } {
  const now = new Date();
  const tips = new Map<string, Head>();
  const rows = items.map((item) => {
    const prev = tips.get(item.accountId) ?? heads.get(item.accountId);
    if (!prev) throw new Error(`no chain head for account ${item.accountId}`);
    const base = { accountId: item.accountId, seq: prev.seq + 1, entry: item.entry, createdAt: now };
    const row = { ...base, prevHash: prev.hash, hash: entryHash(prev.hash, base) };
    tips.set(item.accountId, { seq: row.seq, hash: row.hash });
    return row;
  });
  // Sorted, so that two writers moving the same heads lock them in the same order.
  const moves = [...tips]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([accountId, to]) => ({ accountId, from: heads.get(accountId)!, to }));
  return { rows, moves };
}

const columnNames = new Map<PgTable, Map<string, string>>();

/** The table's database column name for each of its fields. */
function namesOf(table: PgTable): Map<string, string> {
  let names = columnNames.get(table);
  if (!names) {
    names = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name]));
    columnNames.set(table, names);
  }
  return names;
}

/**
 * `insert into <table> (<columns>) select <columns> from jsonb_populate_recordset(…)` for the rows of
 * the accounts whose head moved: the rows as one JSON parameter, the columns those the rows set (so
 * that defaults apply to the others).
 */
function insertJson(table: PgTable, rows: Record<string, unknown>[]): SQL {
  const names = namesOf(table);
  const keys = new Set<string>();
  for (const row of rows) for (const key in row) if (row[key] !== undefined && names.has(key)) keys.add(key);
  const data = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = row[key];
      out[names.get(key)!] = value instanceof Date ? value.toISOString() : value;
    }
    return out;
  });
  const list = sql.raw([...keys].map((key) => `"${names.get(key)}"`).join(', '));
  const name = sql.raw(`"${getTableName(table)}"`);
  return sql`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(data)}::jsonb) where account_id in (select account_id from moved)`;
}

/**
 * One statement that moves each account's head from where the entries were linked to, and writes
 * the ledger rows, contents (with their LSH bands) and request rows of the accounts whose head moved; it
 * returns those accounts. A head that another writer moved first is left alone, and so are its
 * account's rows: nothing of that account is written, and the caller links its entries again.
 * Outside a transaction the statement is one: once it returns, a request's entry and its content are
 * committed together.
 */
function writeStatement(items: LedgerItem[], rows: LedgerRow[], moves: HeadMove[]): SQL {
  const contents = items.flatMap((i) => (i.content ? [i.content] : []));
  const requests = items.flatMap((i) => (i.request ? [i.request] : []));
  const heads = moves.map((m) => ({
    account_id: m.accountId,
    from_seq: m.from.seq,
    from_hash: m.from.hash,
    seq: m.to.seq,
    hash: m.to.hash,
  }));
  const parts = [sql`l as (${insertJson(auditLedger, rows)})`];
  if (contents.length) parts.push(sql`c as (${insertJson(aiContents, contents)})`);
  if (requests.length) parts.push(sql`r as (${insertJson(aiRequests, requests)})`);
  return sql`
    with moved as (
      update audit_heads as h set seq = v.seq, hash = v.hash
      from jsonb_to_recordset(${JSON.stringify(heads)}::jsonb)
        as v(account_id uuid, from_seq bigint, from_hash text, seq bigint, hash text)
      where h.account_id = v.account_id and h.seq = v.from_seq and h.hash = v.from_hash
      returning h.account_id
    ),
    ${sql.join(parts, sql`, `)}
    select account_id from moved`;
}

const dialect = new PgDialect();

/**
 * Writes the entries (see `writeStatement`) with a named prepared statement: each connection parses
 * and plans a batch's shape (which tables it writes, which columns it sets) once, which saves about a
 * third of the statement's time. The name is the hash of the text, so two shapes never share one.
 * Returns the accounts whose head moved.
 */
export async function writeEntries(
  db: DbOrTx,
  items: LedgerItem[],
  rows: LedgerRow[],
  moves: HeadMove[],
): Promise<Set<string>> {
  const query = dialect.sqlToQuery(writeStatement(items, rows, moves));
  const name = `cohelm_ledger_${hash('sha1', query.sql, 'hex').slice(0, 20)}`;
  const result = (await db._.session.prepareQuery(query, undefined, name, false).execute()) as {
    rows: { account_id: string }[];
  };
  return new Set(result.rows.map((r) => r.account_id));
}
