import type { Actor } from '../../shared/actor.js';
import type { Tx } from '../../store/database.js';
import { appendToLedger } from './ledger-writer.js';

/** A governance decision (consent, setting change, block, complaint) in the ledger, in the caller's transaction. */
export async function recordDecision(
  tx: Tx,
  actor: Actor,
  type: string,
  details: Record<string, unknown>,
): Promise<void> {
  await appendToLedger(tx, [
    { accountId: actor.accountId, entry: { type, by: actor.userId, via: actor.via, ...details } },
  ]);
}

/** The same, for a decision with no acting user (the system, or a test's setup). */
export async function recordDecisionForAccount(
  tx: Tx,
  accountId: string,
  type: string,
  details: Record<string, unknown>,
) {
  await appendToLedger(tx, [{ accountId, entry: { type, by: null, ...details } }]);
}
