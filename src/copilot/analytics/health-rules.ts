/** The figures a deal's health verdict is derived from. */
export type HealthFacts = {
  /** Won or lost: staleness and the close date no longer matter. */
  closed: boolean;
  staleDays: number;
  overdueTasks: number;
  expectedCloseDate: string | null;
  /** Calendar days from today (UTC) to the expected close; negative once it has passed. */
  daysToClose: number | null;
  activity: { direction: 'rising' | 'flat' | 'falling'; lastFourWeeks: number; fourWeeksBefore: number };
  sentiment: {
    direction: 'improving' | 'stable' | 'worsening' | 'unknown';
    earlier: number | null;
    recent: number | null;
  };
};

export const STALE_WATCH_DAYS = 14;
export const STALE_RISK_DAYS = 21;
export const CLOSE_WATCH_DAYS = 7;
/** A change in average sentiment (-1..1) smaller than this is "stable". */
export const SENTIMENT_STEP = 0.15;
/** Activity counts as rising or falling when it changed by more than this share. */
export const ACTIVITY_STEP = 0.2;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The verdict and its reasons, each naming its threshold. Any risk reason makes the deal `at_risk`;
 * otherwise any watch reason makes it `watch`; otherwise it is `healthy`.
 */
export function judgeHealth(f: HealthFacts): {
  status: 'healthy' | 'watch' | 'at_risk';
  reasons: string[];
} {
  const risk: string[] = [];
  const watch: string[] = [];
  if (!f.closed && f.staleDays >= STALE_RISK_DAYS)
    risk.push(`No activity for ${plural(f.staleDays, 'day')} (${STALE_RISK_DAYS} or more)`);
  else if (!f.closed && f.staleDays >= STALE_WATCH_DAYS)
    watch.push(`No activity for ${plural(f.staleDays, 'day')} (${STALE_WATCH_DAYS} or more)`);
  if (f.overdueTasks >= 2) risk.push(`${f.overdueTasks} overdue tasks`);
  else if (f.overdueTasks === 1) watch.push('1 overdue task');
  if (!f.closed && f.daysToClose !== null) {
    if (f.daysToClose < 0) risk.push(`Close date ${f.expectedCloseDate} has passed`);
    else if (f.daysToClose <= CLOSE_WATCH_DAYS)
      watch.push(
        f.daysToClose === 0
          ? `Close date ${f.expectedCloseDate} is today`
          : `Close date ${f.expectedCloseDate} is in ${plural(f.daysToClose, 'day')} (${CLOSE_WATCH_DAYS} or fewer)`,
      );
  }
  const s = f.sentiment;
  if (s.direction === 'worsening')
    (s.recent !== null && s.recent < 0 ? risk : watch).push(
      `Sentiment fell from ${s.earlier} to ${s.recent}`,
    );
  const a = f.activity;
  if (a.direction === 'falling')
    watch.push(`Activity fell from ${a.fourWeeksBefore} to ${a.lastFourWeeks} (four weeks each)`);
  return {
    status: risk.length ? 'at_risk' : watch.length ? 'watch' : 'healthy',
    reasons: [...risk, ...watch],
  };
}

/** Rising or falling when the last four weeks differ from the four before by more than 20 %. */
export function activityDirection(last: number, before: number): 'rising' | 'flat' | 'falling' {
  if (last > before * (1 + ACTIVITY_STEP) && last > 0) return 'rising';
  if (last < before * (1 - ACTIVITY_STEP)) return 'falling';
  return 'flat';
}

/** Compares the average of the earlier half of the points with the recent half. */
export function sentimentDirection(scores: number[]): HealthFacts['sentiment'] {
  if (scores.length < 2) return { direction: 'unknown', earlier: null, recent: null };
  const half = Math.floor(scores.length / 2);
  const avg = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
  const earlier = avg(scores.slice(0, half));
  const recent = avg(scores.slice(half));
  const change = recent - earlier;
  const direction = change > SENTIMENT_STEP ? 'improving' : change < -SENTIMENT_STEP ? 'worsening' : 'stable';
  return { direction, earlier, recent };
}
