import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { dealVisibility } from '../../workspace/deals/deals.repository.js';
import { taskVisibility } from '../../workspace/tasks/tasks.repository.js';
import type { PipelineSummaryOut } from './analytics.schema.js';
import { pipelineHighlights } from './pipeline-highlights.js';

const STALE_DAYS = 14;
const CLOSING_DAYS = 30;
const WIN_DAYS = 90;
const LIST = 20;
const n = (v: unknown) => Number(v ?? 0);
const cents = (v: number) => Math.round(v * 100) / 100;

type Totals = PipelineSummaryOut['staleTotals'];
const totalsOf = (rows: { currency: string; deals: number; total: string | null }[]): Totals => ({
  count: rows.reduce((s, r) => s + r.deals, 0),
  amounts: rows.filter((r) => r.total !== null).map((r) => ({ currency: r.currency, total: n(r.total) })),
});

/**
 * A manager's view of the deals the user can see (admins: the whole account), optionally of one
 * owner: open pipeline per stage (per currency, never added across currencies), stale deals, deals
 * closing soon, overdue tasks, win rate and time to close over 90 days, deals whose CoPilot brief
 * names risks, and plain-language highlights written from those numbers.
 */
export async function pipelineSummary(
  db: DbOrTx,
  actor: Actor,
  ownerId?: string,
): Promise<PipelineSummaryOut> {
  const visible = sql`${dealVisibility(actor)}${ownerId ? sql` and deals.owner_id = ${ownerId}` : sql``}`;
  const open = sql`${visible} and deals.closed_at is null and s.kind = 'open'`;
  const stale = sql`deals.last_activity_at < now() - make_interval(days => ${STALE_DAYS})`;
  const closing = sql`deals.expected_close_date between current_date and current_date + ${CLOSING_DAYS}::int`;
  const totals = (where: SQL) =>
    db.execute<{ currency: string; deals: number; total: string | null }>(sql`
      select deals.currency, count(*)::int as deals, sum(deals.amount) as total
      from deals join pipeline_stages s on s.id = deals.stage_id
      where ${open} and ${where} group by deals.currency order by deals.currency`);
  const [stages, staleList, staleTotals, closingList, closingTotals, overdue, closed, risky] =
    await Promise.all([
      db.execute<{
        id: string;
        name: string;
        currency: string | null;
        deals: number;
        total: string;
        weighted: string;
      }>(sql`
        select s.id, s.name, deals.currency, count(deals.id)::int as deals, coalesce(sum(deals.amount), 0) as total,
          coalesce(sum(deals.amount * coalesce(deals.probability, s.probability) / 100.0), 0) as weighted
        from pipeline_stages s left join deals on deals.stage_id = s.id and ${visible} and deals.closed_at is null
        where s.account_id = ${actor.accountId} and s.kind = 'open'
        group by s.id, s.name, s.sort, deals.currency order by s.sort, deals.currency`),
      db.execute<{ id: string; title: string; days: number; owner: string | null }>(sql`
        select deals.id, deals.title, floor(extract(epoch from now() - deals.last_activity_at) / 86400)::int as days, u.name as owner
        from deals join pipeline_stages s on s.id = deals.stage_id left join users u on u.id = deals.owner_id
        where ${open} and ${stale} order by deals.last_activity_at, deals.id limit ${LIST}`),
      totals(stale),
      db.execute<{ id: string; title: string; close: string; amount: string | null; currency: string }>(sql`
        select deals.id, deals.title, deals.expected_close_date::text as close, deals.amount, deals.currency
        from deals join pipeline_stages s on s.id = deals.stage_id
        where ${open} and ${closing} order by deals.expected_close_date, deals.id limit ${LIST}`),
      totals(closing),
      db.execute<{ id: string; title: string; due_at: Date; deal_title: string | null; total: number }>(sql`
        select tasks.id, tasks.title, tasks.due_at, d.title as deal_title, count(*) over ()::int as total
        from tasks left join deals d on d.id = tasks.deal_id
        where ${taskVisibility(actor)} and tasks.status in ('open', 'in_progress') and tasks.due_at < now()
          ${ownerId ? sql`and tasks.assignee_id = ${ownerId}` : sql``}
        order by tasks.due_at, tasks.id limit 10`),
      db.execute<{ won: number; lost: number; avg_days: string | null }>(sql`
        select count(*) filter (where s.kind = 'won')::int as won, count(*) filter (where s.kind = 'lost')::int as lost,
          avg(extract(epoch from deals.closed_at - deals.created_at) / 86400) filter (where s.kind = 'won') as avg_days
        from deals join pipeline_stages s on s.id = deals.stage_id
        where ${visible} and deals.closed_at > now() - make_interval(days => ${WIN_DAYS})`),
      db.execute<{ id: string; title: string; risks: string[]; total: number }>(sql`
        select deals.id, deals.title, array(select jsonb_array_elements_text(h.output->'risks')) as risks,
          count(*) over ()::int as total
        from deals join pipeline_stages s on s.id = deals.stage_id
          join copilot_hints h on h.account_id = deals.account_id and h.entity_type = 'deal' and h.entity_id = deals.id
            and h.kind = 'deal_brief' and h.status = 'ready' and jsonb_typeof(h.output->'risks') = 'array'
            and jsonb_array_length(h.output->'risks') > 0
        where ${open} order by h.computed_at desc nulls last, deals.id limit ${LIST}`),
    ]);

  const byStage = new Map<string, PipelineSummaryOut['stages'][number]>();
  const sums = new Map<string, { total: number; weighted: number }>();
  for (const r of stages.rows) {
    const st = byStage.get(r.id) ?? { stageId: r.id, name: r.name, deals: 0, amounts: [] };
    byStage.set(r.id, st);
    if (!r.currency) continue; // a stage without deals
    st.deals += r.deals;
    st.amounts.push({ currency: r.currency, total: n(r.total), weighted: cents(n(r.weighted)) });
    const t = sums.get(r.currency) ?? { total: 0, weighted: 0 };
    sums.set(r.currency, { total: t.total + n(r.total), weighted: t.weighted + n(r.weighted) });
  }
  const amounts = [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => ({ currency, total: cents(t.total), weighted: cents(t.weighted) }));
  const openDeals = [...byStage.values()].reduce((s, x) => s + x.deals, 0);
  const { won, lost, avg_days } = closed.rows[0] ?? { won: 0, lost: 0, avg_days: null };
  const winRate = { won, lost, rate: won + lost ? cents(won / (won + lost)) : null, days: WIN_DAYS };
  const averageDaysToClose = avg_days === null ? null : Math.round(n(avg_days) * 10) / 10;
  const overdueCount = overdue.rows[0]?.total ?? 0;
  const stalest = totalsOf(staleTotals.rows);
  const closingSoon = totalsOf(closingTotals.rows);

  return {
    stages: [...byStage.values()],
    totals: { openDeals, amounts },
    staleDeals: staleList.rows.map((r) => ({
      id: r.id,
      title: r.title,
      staleDays: r.days,
      ownerName: r.owner,
    })),
    staleTotals: stalest,
    closingSoon: closingList.rows.map((r) => ({
      id: r.id,
      title: r.title,
      expectedCloseDate: r.close,
      amount: r.amount === null ? null : n(r.amount),
      currency: r.currency,
    })),
    closingSoonTotals: closingSoon,
    overdueTasks: {
      count: overdueCount,
      top: overdue.rows.map((r) => ({
        id: r.id,
        title: r.title,
        dueAt: new Date(r.due_at),
        dealTitle: r.deal_title,
      })),
    },
    winRate,
    averageDaysToClose,
    atRisk: risky.rows.map((r) => ({ id: r.id, title: r.title, risks: r.risks })),
    highlights: pipelineHighlights({
      open: { count: openDeals, amounts },
      stale: stalest,
      closingSoon,
      overdueTasks: overdueCount,
      winRate,
      averageDaysToClose,
      atRisk: risky.rows[0]?.total ?? 0,
    }),
  };
}
