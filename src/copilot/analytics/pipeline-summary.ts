import { sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { dealVisibility } from '../../workspace/deals/deals.repository.js';
import { taskVisibility } from '../../workspace/tasks/tasks.repository.js';
import type { PipelineSummaryOut } from './analytics.schema.js';

const STALE_DAYS = 14;
const WIN_DAYS = 90;
const n = (v: unknown) => Number(v ?? 0);
const money = (amount: number, currency: string) =>
  `${amount.toLocaleString('en-US', { maximumFractionDigits: 0 })} ${currency}`;

/**
 * A manager's view of the deals the user can see: open pipeline per stage (per currency, never
 * added across currencies), stale deals, deals closing soon, overdue tasks, win rate and time to
 * close over 90 days, deals whose CoPilot brief names risks, and plain-language highlights.
 */
export async function pipelineSummary(
  db: DbOrTx,
  actor: Actor,
  ownerId?: string,
): Promise<PipelineSummaryOut> {
  const visible = sql`${dealVisibility(actor)}${ownerId ? sql` and deals.owner_id = ${ownerId}` : sql``}`;
  const open = sql`${visible} and deals.closed_at is null and s.kind = 'open'`;
  const [stages, stale, closing, overdue, closed, risky] = await Promise.all([
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
      where ${open} and deals.last_activity_at < now() - make_interval(days => ${STALE_DAYS})
      order by deals.last_activity_at limit 20`),
    db.execute<{ id: string; title: string; close: string; amount: string | null; currency: string }>(sql`
      select deals.id, deals.title, deals.expected_close_date::text as close, deals.amount, deals.currency
      from deals join pipeline_stages s on s.id = deals.stage_id
      where ${open} and deals.expected_close_date between current_date and current_date + 30
      order by deals.expected_close_date limit 20`),
    db.execute<{ id: string; title: string; due_at: Date; deal_title: string | null; total: number }>(sql`
      select tasks.id, tasks.title, tasks.due_at, d.title as deal_title, count(*) over ()::int as total
      from tasks left join deals d on d.id = tasks.deal_id
      where ${taskVisibility(actor)} and tasks.status in ('open', 'in_progress') and tasks.due_at < now()
        ${ownerId ? sql`and tasks.assignee_id = ${ownerId}` : sql``}
      order by tasks.due_at limit 10`),
    db.execute<{ won: number; lost: number; avg_days: string | null }>(sql`
      select count(*) filter (where s.kind = 'won')::int as won, count(*) filter (where s.kind = 'lost')::int as lost,
        avg(extract(epoch from deals.closed_at - deals.created_at) / 86400) filter (where s.kind = 'won') as avg_days
      from deals join pipeline_stages s on s.id = deals.stage_id
      where ${visible} and deals.closed_at > now() - make_interval(days => ${WIN_DAYS})`),
    db.execute<{ id: string; title: string; risks: string[] }>(sql`
      select deals.id, deals.title, array(select jsonb_array_elements_text(h.output->'risks')) as risks
      from deals join pipeline_stages s on s.id = deals.stage_id
        join copilot_hints h on h.account_id = deals.account_id and h.entity_type = 'deal' and h.entity_id = deals.id
          and h.kind = 'deal_brief' and h.status = 'ready' and jsonb_array_length(coalesce(h.output->'risks', '[]')) > 0
      where ${open} order by h.computed_at desc limit 20`),
  ]);
  const byStage = new Map<string, PipelineSummaryOut['stages'][number]>();
  const totals = new Map<string, { total: number; weighted: number }>();
  for (const r of stages.rows) {
    const st = byStage.get(r.id) ?? { stageId: r.id, name: r.name, deals: 0, amounts: [] };
    byStage.set(r.id, st);
    if (!r.currency) continue;
    st.deals += r.deals;
    st.amounts.push({
      currency: r.currency,
      total: n(r.total),
      weighted: Math.round(n(r.weighted) * 100) / 100,
    });
    const t = totals.get(r.currency) ?? { total: 0, weighted: 0 };
    totals.set(r.currency, { total: t.total + n(r.total), weighted: t.weighted + n(r.weighted) });
  }
  const amounts = [...totals].map(([currency, t]) => ({
    currency,
    total: t.total,
    weighted: Math.round(t.weighted * 100) / 100,
  }));
  const openDeals = [...byStage.values()].reduce((s, x) => s + x.deals, 0);
  const { won, lost, avg_days } = closed.rows[0] ?? { won: 0, lost: 0, avg_days: null };
  const rate = won + lost ? Math.round((won / (won + lost)) * 100) / 100 : null;
  const staleAmount = stale.rows.length;
  const highlights = [
    `${openDeals} open deal${openDeals === 1 ? '' : 's'}${amounts.length ? ` worth ${amounts.map((a) => money(a.total, a.currency)).join(' and ')} (weighted ${amounts.map((a) => money(a.weighted, a.currency)).join(' and ')})` : ''}.`,
    staleAmount
      ? `${staleAmount} open deal${staleAmount === 1 ? ' has' : 's have'} had no activity for two weeks or more.`
      : 'Every open deal had activity in the last two weeks.',
    closing.rows.length
      ? `${closing.rows.length} deal${closing.rows.length === 1 ? '' : 's'} should close within 30 days.`
      : null,
    overdue.rows[0]?.total
      ? `${overdue.rows[0].total} task${overdue.rows[0].total === 1 ? ' is' : 's are'} overdue.`
      : null,
    rate !== null
      ? `Win rate over the last ${WIN_DAYS} days: ${Math.round(rate * 100)}% (${won} won, ${lost} lost).`
      : null,
    risky.rows.length
      ? `CoPilot's briefs name risks on ${risky.rows.length} deal${risky.rows.length === 1 ? '' : 's'}.`
      : null,
  ].filter((h): h is string => Boolean(h));
  return {
    stages: [...byStage.values()],
    totals: { openDeals, amounts },
    staleDeals: stale.rows.map((r) => ({ id: r.id, title: r.title, staleDays: r.days, ownerName: r.owner })),
    closingSoon: closing.rows.map((r) => ({
      id: r.id,
      title: r.title,
      expectedCloseDate: r.close,
      amount: r.amount === null ? null : n(r.amount),
      currency: r.currency,
    })),
    overdueTasks: {
      count: overdue.rows[0]?.total ?? 0,
      top: overdue.rows.map((r) => ({
        id: r.id,
        title: r.title,
        dueAt: new Date(r.due_at),
        dealTitle: r.deal_title,
      })),
    },
    winRate: { won, lost, rate, days: WIN_DAYS },
    averageDaysToClose: avg_days === null ? null : Math.round(n(avg_days) * 10) / 10,
    atRisk: risky.rows.map((r) => ({ id: r.id, title: r.title, risks: r.risks })),
    highlights,
  };
}
