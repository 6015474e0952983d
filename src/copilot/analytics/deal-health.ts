import { sql } from 'drizzle-orm';
import type { Governance } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { findDeal } from '../../workspace/deals/deals.repository.js';
import type { DealHealthOut } from './analytics.schema.js';
import { messageSentiment } from './message-sentiment.js';

const WEEKS = 8;
const STALE_WATCH = 14;
const STALE_RISK = 21;
const day = 86_400_000;
const round = (n: number) => Math.round(n * 100) / 100;
const avg = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/**
 * How a deal is doing, with the numbers behind it: days without activity, activity per week over
 * eight weeks and its trend, overdue tasks, the close date, and the tone of its calls (from their
 * CoPilot summaries) and of its comments per week (a governed sentiment request per week, cached).
 */
export async function dealHealth(
  db: Database,
  g: Governance,
  actor: Actor,
  dealId: string,
  signal: AbortSignal,
): Promise<DealHealthOut> {
  const deal = await findDeal(db, actor, dealId);
  const now = Date.now();
  const staleDays = Math.floor((now - deal.lastActivityAt.getTime()) / day);
  const [weeks, counts, calls] = await Promise.all([
    db.execute<{ week: string; comments: number; calls: number; done: number }>(sql`
      with w as (select generate_series(date_trunc('week', now()) - interval '7 weeks', date_trunc('week', now()), interval '1 week') as week)
      select to_char(w.week, 'YYYY-MM-DD') as week,
        (select count(*)::int from messages m where m.account_id = ${actor.accountId} and m.entity_type = 'deal'
          and m.entity_id = ${dealId} and m.kind = 'comment' and date_trunc('week', m.created_at) = w.week) as comments,
        (select count(*)::int from calls c where c.account_id = ${actor.accountId} and c.deal_id = ${dealId}
          and date_trunc('week', coalesce(c.started_at, c.created_at)) = w.week) as calls,
        (select count(*)::int from tasks t where t.account_id = ${actor.accountId} and t.deal_id = ${dealId}
          and date_trunc('week', t.completed_at) = w.week) as done
      from w order by w.week`),
    db.execute<{ overdue: number; open: number }>(sql`
      select count(*) filter (where due_at < now())::int as overdue, count(*)::int as open from tasks
      where account_id = ${actor.accountId} and deal_id = ${dealId} and status in ('open', 'in_progress')`),
    db.execute<{ at: Date; subject: string; score: number | null; label: string | null }>(sql`
      select coalesce(c.ended_at, c.started_at, c.created_at) as at, c.subject,
        (h.output->'sentiment'->>'score')::float as score, h.output->'sentiment'->>'label' as label
      from calls c join copilot_hints h on h.account_id = c.account_id and h.entity_type = 'call'
        and h.entity_id = c.id and h.kind = 'call_summary' and h.status = 'ready'
      where c.account_id = ${actor.accountId} and c.deal_id = ${dealId} order by 1`),
  ]);
  const activity = weeks.rows.map((w) => ({
    weekStart: w.week,
    comments: w.comments,
    calls: w.calls,
    tasksCompleted: w.done,
  }));
  const sum = (xs: typeof activity) => xs.reduce((n, w) => n + w.comments + w.calls + w.tasksCompleted, 0);
  const last = sum(activity.slice(-4));
  const before = sum(activity.slice(0, WEEKS - 4));
  const direction = last > before * 1.2 && last > 0 ? 'rising' : last < before * 0.8 ? 'falling' : 'flat';
  const points: DealHealthOut['sentiment'] = calls.rows
    .filter((c) => c.score !== null)
    .map((c) => ({
      at: new Date(c.at).toISOString(),
      source: 'call' as const,
      score: round(c.score!),
      label: c.label ?? '',
      basis: `Call "${c.subject}"`,
    }));
  const words = await messageSentiment(db, g, actor, dealId, signal);
  points.push(...words.points);
  points.sort((a, b) => a.at.localeCompare(b.at));
  const half = Math.floor(points.length / 2);
  const earlier = points.length >= 2 ? avg(points.slice(0, half).map((p) => p.score)) : null;
  const recent = points.length >= 2 ? avg(points.slice(half).map((p) => p.score)) : null;
  const trend =
    earlier === null || recent === null
      ? 'unknown'
      : recent - earlier > 0.15
        ? 'improving'
        : recent - earlier < -0.15
          ? 'worsening'
          : 'stable';
  const { overdue, open } = counts.rows[0] ?? { overdue: 0, open: 0 };
  const daysToClose = deal.expectedCloseDate
    ? Math.ceil((new Date(`${deal.expectedCloseDate}T00:00:00Z`).getTime() - now) / day)
    : null;
  const risk: string[] = [];
  const watch: string[] = [];
  if (staleDays >= STALE_RISK) risk.push(`No activity for ${staleDays} days (${STALE_RISK} or more)`);
  else if (staleDays >= STALE_WATCH) watch.push(`No activity for ${staleDays} days (${STALE_WATCH} or more)`);
  if (overdue >= 2) risk.push(`${overdue} overdue tasks`);
  else if (overdue === 1) watch.push('1 overdue task');
  if (daysToClose !== null && daysToClose < 0 && !deal.closedAt)
    risk.push(`Close date ${deal.expectedCloseDate} has passed`);
  else if (daysToClose !== null && daysToClose <= 7 && !deal.closedAt)
    watch.push(`Close date ${deal.expectedCloseDate} is in ${daysToClose} days`);
  if (trend === 'worsening')
    (recent !== null && recent < 0 ? risk : watch).push(`Sentiment fell from ${earlier} to ${recent}`);
  if (direction === 'falling') watch.push(`Activity fell from ${before} to ${last} (four weeks each)`);
  return {
    dealId,
    status: risk.length ? 'at_risk' : watch.length ? 'watch' : 'healthy',
    reasons: [...risk, ...watch],
    staleDays,
    activity,
    activityTrend: { direction, lastFourWeeks: last, fourWeeksBefore: before },
    sentiment: points,
    sentimentTrend: { direction: trend, earlier, recent },
    ...(words.unavailable ? { sentimentUnavailable: words.unavailable } : {}),
    numbers: [
      { label: 'Days since the last activity', value: staleDays },
      { label: 'Activity, last 4 weeks', value: last },
      { label: 'Activity, 4 weeks before', value: before },
      { label: 'Open tasks', value: open },
      { label: 'Overdue tasks', value: overdue },
      { label: 'Days to the expected close', value: daysToClose },
      { label: 'Sentiment, earlier half', value: earlier },
      { label: 'Sentiment, recent half', value: recent },
      { label: 'Sentiment points', value: points.length },
    ],
  };
}
