import { and, eq } from 'drizzle-orm';
import type { TextRequest } from '../../ai/technology.js';
import { AppError } from '../../shared/errors.js';
import type { StageDecision } from '../../store/schema/index.js';
import { piiVaults } from '../../store/schema/index.js';
import type { Governance } from '../governance-runtime.js';
import { type Counter, countersFor } from '../limits/usage-windows.js';
import { type PiiType, PlaceholderVault } from '../minimise/index.js';
import { loadSnapshot, type Snapshot } from '../policy/load-snapshot.js';
import { type Decision, failClosed } from './decision.js';
import type { GovernedRequest, TechnologyView } from './governed-request.js';
import { recordOutcome } from './record-outcome.js';
import { consentStage } from './stages/consent.js';
import { enablementStage } from './stages/enablement.js';
import { type LimitOutcome, limitsStage } from './stages/limits.js';
import { minimiseStage } from './stages/minimise.js';
import { requestText, usageGuardStage } from './stages/usage-guard.js';

/** A request that passed every stage before the model: what to send, to whom, and what it reserved. */
export type Prepared = {
  req: GovernedRequest;
  snapshot: Snapshot;
  chain: TechnologyView[];
  text: TextRequest;
  vault: PlaceholderVault;
  masked: Partial<Record<PiiType, number>>;
  advisory: boolean;
  decisions: StageDecision[];
  reservations: { counter: Counter; amount: number }[];
  tokensReserved: number;
  startedAt: number;
};

const estimateTokens = (t: TextRequest) => Math.ceil(requestText(t).length / 4) + (t.maxOutputTokens ?? 1000);

/**
 * Stages 1–5 in order. Each is a pure function over the request and the cached policy snapshot
 * (limits over the reservation the lease pool gave); a deny is recorded in the ledger and thrown.
 */
export async function prepareRequest(g: Governance, req: GovernedRequest): Promise<Prepared> {
  const startedAt = performance.now();
  // A conversation's vault is read while the stages run; a denial leaves it unread.
  const vaultLoad = loadVault(g, req);
  vaultLoad.catch(() => {});
  const decisions: StageDecision[] = [];
  const snapshot = await g.snapshots.get(req.accountId, req.userId, () =>
    loadSnapshot(g.db, g.ai, req.accountId, req.userId, g.prohibitions),
  );
  decisions.push({ stage: 'load', decision: 'allow', ms: performance.now() - startedAt });
  let chain: TechnologyView[] = [];
  let advisory = false;
  const reservations: { counter: Counter; amount: number }[] = [];
  const onError = (stage: string, e: unknown) => g.log(e, `governance stage ${stage} failed`);

  const step = async <T>(
    stage: string,
    run: () => Decision<T> | Promise<Decision<T>>,
  ): Promise<T | undefined> => {
    const t0 = performance.now();
    let d: Decision<T>;
    try {
      d = await run();
    } catch (e) {
      d = failClosed(stage, e, onError);
    }
    const ms = performance.now() - t0;
    if (d.decision === 'deny') {
      decisions.push({ stage, decision: 'deny', code: d.code, reason: d.message, ms });
      for (const r of reservations) g.leases.release(r.counter, r.amount);
      await recordOutcome(g, {
        req,
        snapshot,
        decisions,
        status: 'denied',
        code: d.code,
        chain,
        masked: {},
        advisory,
      });
      throw new AppError(
        d.code,
        d.message,
        d.details,
        d.retryAfterMs ? { 'retry-after': String(Math.ceil(d.retryAfterMs / 1000)) } : undefined,
      );
    }
    if (d.decision === 'needs_human') advisory = true;
    decisions.push({
      stage,
      decision: d.decision,
      ...(d.decision === 'transform'
        ? { reason: d.reason }
        : d.decision === 'needs_human'
          ? { reason: `${d.category}: ${d.reason}` }
          : {}),
      ms,
    });
    return d.decision === 'transform' ? d.value : undefined;
  };

  chain = (await step('enablement', () => enablementStage(req, snapshot))) ?? chain;
  chain = (await step('consent', () => consentStage(req, snapshot, chain))) ?? chain;
  await step('usage_guard', () => usageGuardStage(req));

  const counters = countersFor(req.accountId, req.userId, snapshot.limits);
  const tokensReserved = chain.some((t) => t.remote) ? estimateTokens(req.text) : 0;
  chain =
    (await step('limits', async () => {
      const outcome = await reserve(g, counters, tokensReserved, reservations);
      return limitsStage(outcome, snapshot, chain);
    })) ?? chain;

  const vault = await vaultLoad;
  const known = vault.size;
  const minimised = await step('minimise', () =>
    minimiseStage(req.text, chain, vault, { types: snapshot.maskTypes, knownNames: snapshot.knownNames }),
  );
  // A later turn that masks only values the vault already holds has nothing new to save.
  if (minimised && req.scopeId && vault.size > known) await saveVault(g, req, vault);
  return {
    req,
    snapshot,
    chain,
    text: minimised?.text ?? req.text,
    vault,
    masked: minimised?.masked ?? {},
    advisory,
    decisions,
    reservations,
    tokensReserved,
    startedAt,
  };
}

async function reserve(
  g: Governance,
  counters: ReturnType<typeof countersFor>,
  tokens: number,
  taken: { counter: Counter; amount: number }[],
): Promise<LimitOutcome> {
  let accountHourUse = 0;
  const wanted = [
    ...counters.requests.map((counter) => ({ counter, amount: 1 })),
    ...(tokens > 0 ? counters.tokens.map((counter) => ({ counter, amount: tokens })) : []),
  ];
  for (const w of wanted) {
    const r = await g.leases.take(w.counter, w.amount);
    if (!r.ok) return { ok: false, limit: r.label, max: r.max, retryAfterMs: r.retryAfterMs };
    if (w.counter.scope === 'account' && w.counter.metric === 'requests') accountHourUse = r.use;
    taken.push(w);
  }
  return { ok: true, accountHourUse };
}

async function loadVault(g: Governance, req: GovernedRequest): Promise<PlaceholderVault> {
  if (!req.scopeId) return new PlaceholderVault();
  const [row] = await g.db
    .select()
    .from(piiVaults)
    .where(and(eq(piiVaults.accountId, req.accountId), eq(piiVaults.scopeId, req.scopeId)));
  return row ? PlaceholderVault.fromJSON(JSON.parse(g.ai.box.open(row.sealed))) : new PlaceholderVault();
}

async function saveVault(g: Governance, req: GovernedRequest, vault: PlaceholderVault): Promise<void> {
  const sealed = g.ai.box.seal(JSON.stringify(vault.toJSON()));
  await g.db
    .insert(piiVaults)
    .values({ accountId: req.accountId, scopeId: req.scopeId!, sealed })
    .onConflictDoUpdate({
      target: [piiVaults.accountId, piiVaults.scopeId],
      set: { sealed, updatedAt: new Date() },
    });
}
