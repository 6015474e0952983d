import type { PlanLimits } from '../../store/schema/index.js';

export type Metric = 'requests' | 'tokens';

/** A limit over a window: sliding (the last `ms`) or the calendar month (UTC). */
export type LimitWindow =
  | { label: string; max: number; sliding: number }
  | { label: string; max: number; month: true };

export type Counter = { accountId: string; scope: string; metric: Metric; windows: LimitWindow[] };

/** Requests count in minute buckets (for sliding hours and days), tokens in day buckets. */
export const BUCKET_MS: Record<Metric, number> = { requests: 60_000, tokens: 86_400_000 };

export const bucketOf = (metric: Metric, at: number) => new Date(at - (at % BUCKET_MS[metric]));

export const monthStart = (at: number) => {
  const d = new Date(at);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
};
export const nextMonthStart = (at: number) => {
  const d = new Date(at);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
};

/** Where a window starts: buckets at or after this count. */
export const windowStart = (w: LimitWindow, metric: Metric, at: number): Date =>
  'month' in w ? monthStart(at) : new Date(bucketOf(metric, at).getTime() - w.sliding + BUCKET_MS[metric]);

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The counters one text request draws on: the account's and the user's requests and tokens. */
export function countersFor(
  accountId: string,
  userId: string,
  limits: PlanLimits,
): { requests: Counter[]; tokens: Counter[] } {
  const user = `user:${userId}`;
  return {
    requests: [
      {
        accountId,
        scope: 'account',
        metric: 'requests',
        windows: [
          { label: 'account requests per hour', max: limits.requestsPerHour, sliding: HOUR },
          { label: 'account requests per day', max: limits.requestsPerDay, sliding: DAY },
        ],
      },
      {
        accountId,
        scope: user,
        metric: 'requests',
        windows: [
          { label: 'your requests per hour', max: limits.perUser.requestsPerHour, sliding: HOUR },
          { label: 'your requests per day', max: limits.perUser.requestsPerDay, sliding: DAY },
        ],
      },
    ],
    tokens: [
      {
        accountId,
        scope: 'account',
        metric: 'tokens',
        windows: [{ label: 'account tokens per month', max: limits.tokensPerMonth, month: true }],
      },
      {
        accountId,
        scope: user,
        metric: 'tokens',
        windows: [{ label: 'your tokens per month', max: limits.perUser.tokensPerMonth, month: true }],
      },
    ],
  };
}
