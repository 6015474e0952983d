import { createHash } from 'node:crypto';
import { canonicalJson } from '../provenance/index.js';

/** The hash before an account's first entry. */
export const GENESIS = '0'.repeat(64);

export type LedgerRow = {
  accountId: string;
  seq: number;
  prevHash: string;
  hash: string;
  entry: unknown;
  createdAt: Date;
};

/** sha256 over the previous hash and the entry with its place (account, seq, time): editing any changes it. */
export function entryHash(prevHash: string, row: Omit<LedgerRow, 'hash' | 'prevHash'>): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        accountId: row.accountId,
        seq: row.seq,
        createdAt: row.createdAt.toISOString(),
        entry: row.entry,
      }),
    )
    .digest('hex');
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadSeq: number; reason: string };

/** Checks rows of one account, in seq order: no gap, each links to the previous, each hash recomputes. */
export function checkChain(
  rows: Iterable<LedgerRow>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS },
): ChainCheck {
  let prev = start;
  let n = 0;
  for (const row of rows) {
    n++;
    const bad = (reason: string): ChainCheck => ({ ok: false, entries: n, firstBadSeq: row.seq, reason });
    if (row.seq !== prev.seq + 1)
      return { ok: false, entries: n, firstBadSeq: prev.seq + 1, reason: `entry ${prev.seq + 1} is missing` };
    if (row.prevHash !== prev.hash) return bad('it does not link to the entry before it');
    if (entryHash(row.prevHash, row) !== row.hash) return bad('its content does not match its hash (edited)');
    prev = { seq: row.seq, hash: row.hash };
  }
  return { ok: true, entries: n };
}
