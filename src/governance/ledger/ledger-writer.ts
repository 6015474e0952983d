import { asc, inArray } from 'drizzle-orm';
import type { Database, Tx } from '../../store/database.js';
import { auditHeads } from '../../store/schema/index.js';
import { GENESIS } from './chain.js';
import { chainEntries, type Head, type LedgerItem, writeEntries } from './write-entries.js';

/**
 * Accounts whose head row some transaction of this process has inserted. A hint only: that
 * transaction may not have committed yet (or may roll back), so a head missing under the lock is
 * inserted again.
 */
const knownHeads = new Set<string>();

const insertHeads = (tx: Tx, accountIds: string[]) =>
  tx
    .insert(auditHeads)
    .values(accountIds.map((accountId) => ({ accountId, seq: 0, hash: GENESIS })))
    .onConflictDoNothing();

// Sorted locking: two processes flushing overlapping accounts cannot deadlock.
const lockHeads = (tx: Tx, accountIds: string[]) =>
  tx
    .select()
    .from(auditHeads)
    .where(inArray(auditHeads.accountId, accountIds))
    .orderBy(asc(auditHeads.accountId))
    .for('update');

/**
 * Appends ledger entries to each account's chain inside `tx`, in order, with the contents and
 * request rows they describe. The head row's lock orders appends from every process.
 */
export async function appendToLedger(tx: Tx, items: LedgerItem[]): Promise<Head[]> {
  if (!items.length) return [];
  const accountIds = [...new Set(items.map((i) => i.accountId))].sort();
  const fresh = accountIds.filter((id) => !knownHeads.has(id));
  if (fresh.length) await insertHeads(tx, fresh);
  let locked = await lockHeads(tx, accountIds);
  if (locked.length < accountIds.length) {
    // Another transaction inserted the head but had not committed when the lock was taken: the
    // insert waits for it (and inserts the head itself if that transaction rolled back).
    const have = new Set(locked.map((h) => h.accountId));
    await insertHeads(
      tx,
      accountIds.filter((id) => !have.has(id)),
    );
    locked = await lockHeads(tx, accountIds);
  }
  const { rows, moves } = chainEntries(items, new Map(locked.map((h) => [h.accountId, h])));
  const moved = await writeEntries(tx, items, rows, moves);
  if (moved.size !== moves.length) throw new Error('an audit head moved while it was locked');
  for (const id of fresh) knownHeads.add(id);
  return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
}

type Waiting = {
  item: LedgerItem;
  resolve: (r: Head) => void;
  reject: (e: unknown) => void;
};

// A deadlock or serialization failure of the one-statement write: nothing was written, try with locks.
const retryable = (e: unknown) => {
  const code =
    (e as { cause?: { code?: string }; code?: string }).cause?.code ?? (e as { code?: string }).code;
  return code === '40P01' || code === '40001';
};

/**
 * Group commit: a request's entry is committed before its answer returns, but requests that arrive
 * while a commit is in flight share the next one. A lone request commits at once.
 *
 * The writer remembers the head it last wrote for each account and links the next batch to it, so
 * a commit is one statement (one round trip) that moves the head only if it is still there. When
 * another process or a decision in another transaction moved it, that account's entries are linked
 * again under the head row's lock, as `appendToLedger` does.
 */
export class LedgerWriter {
  private queue: Waiting[] = [];
  private flushing: Promise<void> | null = null;
  private readonly heads = new Map<string, Head>();

  constructor(private readonly db: Database) {}

  append(item: LedgerItem): Promise<Head> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.flushing || !this.queue.length) return;
    const batch = this.queue.splice(0);
    this.flushing = this.commit(batch).finally(() => {
      this.flushing = null;
      this.kick();
    });
  }

  private async commit(batch: Waiting[]): Promise<void> {
    let left = batch;
    try {
      left = await this.appendToKnownHeads(batch);
    } catch (error) {
      for (const w of batch) this.heads.delete(w.item.accountId);
      if (!retryable(error)) {
        for (const w of batch) w.reject(error);
        return;
      }
    }
    if (!left.length) return;
    try {
      const items = left.map((w) => w.item);
      const results = await this.db.transaction((tx) => appendToLedger(tx, items));
      for (const [i, w] of left.entries()) {
        this.heads.set(w.item.accountId, results[i]!);
        w.resolve(results[i]!);
      }
    } catch (error) {
      for (const w of left) {
        this.heads.delete(w.item.accountId);
        w.reject(error);
      }
    }
  }

  /** Writes the batch linked to the remembered heads; returns what must be linked again. */
  private async appendToKnownHeads(batch: Waiting[]): Promise<Waiting[]> {
    if (batch.some((w) => !this.heads.has(w.item.accountId))) return batch;
    const items = batch.map((w) => w.item);
    const { rows, moves } = chainEntries(items, this.heads);
    const moved = await writeEntries(this.db, items, rows, moves);
    for (const m of moves) {
      if (moved.has(m.accountId)) this.heads.set(m.accountId, m.to);
      else this.heads.delete(m.accountId);
    }
    const left: Waiting[] = [];
    for (const [i, w] of batch.entries()) {
      if (moved.has(w.item.accountId)) w.resolve({ seq: rows[i]!.seq, hash: rows[i]!.hash });
      else left.push(w);
    }
    return left;
  }

  /** Waits for everything queued so far. */
  async drain(): Promise<void> {
    while (this.flushing || this.queue.length) await (this.flushing ?? Promise.resolve());
  }
}
