import { type Decision, deny } from '../decision.js';
import type { PolicySnapshot, TechnologyView } from '../governed-request.js';

/** What reserving the request's usage gave: room (and how full the account is), or which limit is hit. */
export type LimitOutcome =
  | { ok: true; accountHourUse: number }
  | { ok: false; limit: string; max: number; retryAfterMs: number };

const when = (ms: number) =>
  ms < 90_000
    ? `${Math.max(1, Math.ceil(ms / 1000))} s`
    : ms < 5_400_000
      ? `${Math.ceil(ms / 60_000)} min`
      : `${Math.ceil(ms / 3_600_000)} h`;

/**
 * Stage 4: over a fair-usage limit → 429 naming the limit and when it frees up. Near the account's
 * hourly limit (the admin's threshold) → "reduced performance": the cheaper technology answers.
 */
export function limitsStage(
  outcome: LimitOutcome,
  s: PolicySnapshot,
  chain: TechnologyView[],
): Decision<TechnologyView[]> {
  if (!outcome.ok)
    return deny(
      'limit_exceeded',
      `The ${outcome.limit} limit (${outcome.max}) is reached; it frees up in ${when(outcome.retryAfterMs)}`,
      {
        retryAfterMs: outcome.retryAfterMs,
        details: { limit: outcome.limit, max: outcome.max },
      },
    );
  const rp = s.reducedPerformance;
  if (!rp || outcome.accountHourUse * 100 < rp.thresholdPct * s.limits.requestsPerHour)
    return { decision: 'allow' };
  const cheaper = chain.find((t) => t.config.id === rp.technologyId) ?? s.technologies.get(rp.technologyId);
  if (!cheaper || chain[0]?.config.id === cheaper.config.id) return { decision: 'allow' };
  return {
    decision: 'transform',
    value: [cheaper, ...chain.filter((t) => t !== cheaper)],
    reason: `reduced performance: ${Math.round((outcome.accountHourUse / s.limits.requestsPerHour) * 100)}% of the hourly limit used`,
  };
}
