import { type SQL, sql } from 'drizzle-orm';
import type { Governance } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { findDeal } from '../../workspace/deals/deals.repository.js';
import type { DealHealthOut } from './analytics.schema.js';
import { activityDirection, judgeHealth, sentimentDirection } from './health-rules.js';
import { messageSentiment } from './message-sentiment.js';

const DAY = 86_400_000;
// ISO weeks in UTC, whatever the database session's time zone is.
const week = (column: SQL) => sql`date_trunc('week', ${column} at time zone 'UTC')`;

/**
 * How a deal is doing, with the numbers behind it: days without activity, activity per ISO week over
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
  const account = actor.accountId;
  const [weeks, counts, calls] = await Promise.all([
    db.execute<{ week: string; comments: number; calls: number; done: number }>(sql`
      with w as (select generate_series(${week(sql.raw('now()'))} - interval '7 weeks', ${week(sql.raw('now()'))}, interval '1 week') as week)
      select to_char(w.week, 'YYYY-MM-DD') as week,
        (select count(*)::int from messages m where m.account_id = ${account} and m.entity_type = 'deal'
          and m.entity_id = ${dealId} and m.kind = 'comment' and ${week(sql.raw('m.created_at'))} = w.week) as comments,
        (select count(*)::int from calls c where c.account_id = ${account} and c.deal_id = ${dealId}
          and ${week(sql.raw('coalesce(c.started_at, c.created_at)'))} = w.week) as calls,
        (select count(*)::int from tasks t where t.account_id = ${account} and t.deal_id = ${dealId}
          and ${week(sql.raw('t.completed_at'))} = w.week) as done
      from w order by w.week`),
    db.execute<{ overdue: number; open: number }>(sql`
      select count(*) filter (where due_at < now())::int as overdue, count(*)::int as open from tasks
      where account_id = ${account} and deal_id = ${dealId} and status in ('open', 'in_progress')`),
    db.execute<{ at: Date; subject: string; score: number; label: string | null }>(sql`
      select coalesce(c.ended_at, c.started_at, c.created_at) as at, c.subject,
        (h.output->'sentiment'->>'score')::float as score, h.output->'sentiment'->>'label' as label
      from calls c join copilot_hints h on h.account_id = c.account_id and h.entity_type = 'call'
        and h.entity_id = c.id and h.kind = 'call_summary' and h.status = 'ready'
      where c.account_id = ${account} and c.deal_id = ${dealId}
        and jsonb_typeof(h.output->'sentiment'->'score') = 'number'
      order by 1`),
  ]);
  const activity = weeks.rows.map((w) => ({
    weekStart: w.week,
    comments: w.comments,
    calls: w.calls,
    tasksCompleted: w.done,
  }));
  const sum = (xs: typeof activity) => xs.reduce((n, w) => n + w.comments + w.calls + w.tasksCompleted, 0);
  const lastFourWeeks = sum(activity.slice(-4));
  const fourWeeksBefore = sum(activity.slice(0, -4));
  const activityTrend = {
    direction: activityDirection(lastFourWeeks, fourWeeksBefore),
    lastFourWeeks,
    fourWeeksBefore,
  };

  const points: DealHealthOut['sentiment'] = calls.rows.map((c) => ({
    at: new Date(c.at).toISOString(),
    source: 'call' as const,
    score: Math.round(c.score * 100) / 100,
    label: c.label ?? '',
    basis: `Summary of the call "${c.subject}"`,
  }));
  const words = await messageSentiment(db, g, actor, dealId, signal);
  points.push(...words.points);
  points.sort((a, b) => a.at.localeCompare(b.at));
  const sentimentTrend = sentimentDirection(points.map((p) => p.score));

  const staleDays = Math.max(0, Math.floor((now - deal.lastActivityAt.getTime()) / DAY));
  const { overdue, open } = counts.rows[0] ?? { overdue: 0, open: 0 };
  const today = Date.parse(new Date(now).toISOString().slice(0, 10));
  const daysToClose = deal.expectedCloseDate
    ? Math.round((Date.parse(`${deal.expectedCloseDate}T00:00:00Z`) - today) / DAY)
    : null;
  const { status, reasons } = judgeHealth({
    closed: deal.closedAt !== null,
    staleDays,
    overdueTasks: overdue,
    expectedCloseDate: deal.expectedCloseDate,
    daysToClose,
    activity: activityTrend,
    sentiment: sentimentTrend,
  });
  return {
    dealId,
    status,
    reasons,
    staleDays,
    activity,
    activityTrend,
    sentiment: points,
    sentimentTrend,
    ...(words.unavailable ? { sentimentUnavailable: words.unavailable } : {}),
    numbers: [
      { label: 'Deal closed', value: deal.closedAt ? 'yes' : 'no' },
      { label: 'Days since the last activity', value: staleDays },
      { label: 'Activity, last 4 weeks', value: lastFourWeeks },
      { label: 'Activity, 4 weeks before', value: fourWeeksBefore },
      { label: 'Open tasks', value: open },
      { label: 'Overdue tasks', value: overdue },
      { label: 'Expected close date', value: deal.expectedCloseDate },
      { label: 'Days to the expected close', value: daysToClose },
      { label: 'Sentiment points', value: points.length },
      { label: 'Sentiment, earlier half (average)', value: sentimentTrend.earlier },
      { label: 'Sentiment, recent half (average)', value: sentimentTrend.recent },
    ],
  };
}
