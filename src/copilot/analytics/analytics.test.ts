import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Client, seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

type Amount = { currency: string; total: number; weighted?: number };
const byCurrency = (xs: Amount[]) => xs.map((a) => [a.currency, a.total]);

/** Deal health and the pipeline summary over HTTP, on backdated history. */
describe('CoPilot analytics', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let stale: { id: string };
  const q = (text: string, values: unknown[]) => ctx.store.pool.query(text, values);
  // A moment in the ISO week `weeksAgo` weeks before this one (UTC), `days` after its Monday.
  const inWeek = (weeksAgo: number, days = 1) =>
    `(date_trunc('week', now() at time zone 'UTC') - make_interval(weeks => ${weeksAgo}, days => -${days})) at time zone 'UTC'`;

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const deal = async (body: object, who: Client = acme.admin) => {
    const res = await who.request('POST', '/api/deals', body);
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string };
  };
  const task = async (body: object) => {
    const res = await acme.admin.request('POST', '/api/tasks', body);
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };
  const health = async (id: string, who: Client = acme.admin) => {
    const res = await who.request('GET', `/api/copilot/analytics/deals/${id}/health`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  /** A hint as the worker leaves it once computed. */
  const readyHint = (entityType: string, entityId: string, kind: string, output: object) =>
    q(
      `insert into copilot_hints (id, account_id, entity_type, entity_id, kind, cache_key, trigger, status, output, computed_at)
       values (gen_random_uuid(), $1, $2, $3, $4, 'v1', 'test', 'ready', $5, now())
       on conflict (account_id, entity_type, entity_id, kind) do update set status = 'ready', output = excluded.output`,
      [acme.account.id, entityType, entityId, kind, output],
    );
  const pipeline = async (who: Client, query = '') => {
    const res = await who.request('GET', `/api/copilot/analytics/pipeline${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  test('a stale deal with overdue tasks is at risk, with exact weekly activity, reasons and numbers', async () => {
    stale = await deal({ title: 'Stale deal', amount: 1000, currency: 'EUR' });
    for (const title of ['Send quote', 'Book demo'])
      await task({ title, dealId: stale.id, dueAt: '2020-01-01T10:00:00Z' });
    const done = await task({ title: 'Kickoff', dealId: stale.id });
    await q(`update tasks set status = 'done', completed_at = ${inWeek(3, 2)} where id = $1`, [done]);
    for (const [body, weeks] of [
      ['This is terrible, the rollout failed and the customer is angry.', 2],
      ['They are unhappy with the delays and the poor support.', 2],
      ['Another complaint about the broken import.', 2],
      ['The customer loved the demo and the pilot went very well.', 5],
    ] as const) {
      const res = await acme.admin.request('POST', `/api/deals/${stale.id}/messages`, { body });
      assert.equal(res.statusCode, 201, res.body);
      await q(`update messages set created_at = ${inWeek(weeks)} where id = $1`, [res.json().id]);
    }
    const call = await q(
      `insert into calls (id, account_id, subject, direction, status, deal_id, started_at, ended_at)
       values (gen_random_uuid(), $1, 'Escalation', 'outbound', 'ended', $2, ${inWeek(1)}, ${inWeek(1)} + interval '20 minutes')
       returning id`,
      [acme.account.id, stale.id],
    );
    await readyHint('call', call.rows[0].id, 'call_summary', {
      sentiment: { score: -0.5, label: 'negative' },
    });
    await q(`update deals set last_activity_at = now() - interval '25 days' where id = $1`, [stale.id]);

    const unconsented = await health(stale.id);
    assert.equal(unconsented.sentimentUnavailable?.code, 'consent_required', JSON.stringify(unconsented));
    assert.deepEqual(
      unconsented.sentiment.map((p: { source: string }) => p.source),
      ['call'],
      'without consent only the call, from its stored summary',
    );
    assert.equal(unconsented.status, 'at_risk', 'the page still has a verdict');

    const ok = await acme.admin.request('POST', '/api/ai/consent/terms', { version: 1 });
    assert.equal(ok.statusCode, 200, ok.body);
    const h = await health(stale.id);
    assert.equal(h.sentimentUnavailable, undefined, JSON.stringify(h.sentimentUnavailable));
    assert.equal(h.status, 'at_risk');
    assert.equal(h.staleDays, 25);
    assert.deepEqual(
      h.reasons.filter((r: string) => !r.startsWith('Sentiment')),
      ['No activity for 25 days (21 or more)', '2 overdue tasks'],
      JSON.stringify(h.reasons),
    );
    const monday = new Date();
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    assert.equal(h.activity.at(-1).weekStart, monday.toISOString().slice(0, 10), 'this ISO week last');
    assert.deepEqual(
      h.activity.map((w: Record<string, number>) => [w.comments, w.calls, w.tasksCompleted]),
      [
        [0, 0, 0],
        [0, 0, 0],
        [1, 0, 0],
        [0, 0, 0],
        [0, 0, 1],
        [3, 0, 0],
        [0, 1, 0],
        [0, 0, 0],
      ],
      JSON.stringify(h.activity),
    );
    assert.deepEqual(h.activityTrend, { direction: 'rising', lastFourWeeks: 5, fourWeeksBefore: 1 });

    assert.deepEqual(
      h.sentiment.map((p: { source: string }) => p.source),
      ['messages', 'messages', 'call'],
      JSON.stringify(h.sentiment),
    );
    const [happy, angry, escalation] = h.sentiment;
    assert.ok(happy.score > 0, `the kickoff week is positive: ${JSON.stringify(happy)}`);
    assert.ok(angry.score < 0, `the week of complaints is negative: ${JSON.stringify(angry)}`);
    assert.equal(angry.label, 'negative');
    assert.equal(angry.basis.startsWith('3 comments in the week of'), true, angry.basis);
    assert.equal(escalation.score, -0.5);
    assert.equal(h.sentimentTrend.direction, 'worsening');
    assert.ok(
      h.reasons.includes(`Sentiment fell from ${h.sentimentTrend.earlier} to ${h.sentimentTrend.recent}`),
      JSON.stringify(h.reasons),
    );
    const numbers = Object.fromEntries(
      h.numbers.map((x: { label: string; value: unknown }) => [x.label, x.value]),
    );
    assert.equal(numbers['Overdue tasks'], 2, JSON.stringify(h.numbers));
    assert.equal(numbers['Days since the last activity'], 25, JSON.stringify(h.numbers));
    assert.equal(numbers['Sentiment points'], 3, JSON.stringify(h.numbers));
    const requests = async () =>
      (await q('select count(*)::int as n from ai_requests where account_id = $1', [acme.account.id])).rows[0]
        .n;
    const asked = await requests();
    assert.ok(asked >= 2, `one governed request per week with comments, got ${asked}`);
    assert.deepEqual(await health(stale.id), h, 'a second view answers the same');
    assert.equal(await requests(), asked, 'unchanged weeks come from the cache, not a new request');
  });

  test('the pipeline keeps currencies apart and shows only what the user may see', async () => {
    await deal({ title: 'Euro deal', amount: 5000, currency: 'EUR', probability: 50 }, acme.user);
    await deal({ title: 'Dollar deal', amount: 7000, currency: 'USD' }, acme.user);
    const secret = await deal({ title: 'Admin secret', amount: 99999, currency: 'USD' });
    const mine = await pipeline(acme.user);
    assert.deepEqual(byCurrency(mine.totals.amounts), [
      ['EUR', 5000],
      ['USD', 7000],
    ]);
    assert.equal(mine.totals.amounts[0].weighted, 2500, 'EUR weighted by the deal probability');
    const first = mine.stages[0];
    assert.deepEqual(
      byCurrency(first.amounts),
      [
        ['EUR', 5000],
        ['USD', 7000],
      ],
      JSON.stringify(first),
    );
    assert.ok(!JSON.stringify(mine).includes('Admin secret'), 'a deal the user cannot see is left out');
    assert.ok(!JSON.stringify(mine).includes('Stale deal'), 'nor its staleness');
    assert.equal(mine.overdueTasks.count, 0, "the admin's overdue tasks are not the user's");
    const hidden = await acme.user.request('GET', `/api/copilot/analytics/deals/${secret.id}/health`);
    assert.equal(hidden.statusCode, 404, hidden.body);
    assert.equal(hidden.json().error.code, 'not_found');

    const all = await pipeline(acme.admin);
    assert.deepEqual(byCurrency(all.totals.amounts), [
      ['EUR', 6000],
      ['USD', 106999],
    ]);
    assert.deepEqual(
      all.staleDeals.map((s: { title: string; staleDays: number; ownerName: string }) => [
        s.title,
        s.staleDays,
        s.ownerName,
      ]),
      [['Stale deal', 25, 'Ada Admin']],
    );
    assert.deepEqual(all.staleTotals, { count: 1, amounts: [{ currency: 'EUR', total: 1000 }] });
    assert.equal(all.overdueTasks.count, 2);
    assert.ok(all.highlights.length >= 3 && all.highlights.length <= 6, JSON.stringify(all.highlights));
    assert.ok(
      all.highlights.includes('1 deal worth 1,000 EUR has had no activity for two weeks or more.'),
      JSON.stringify(all.highlights),
    );
    const focused = await pipeline(acme.admin, `?ownerId=${acme.user.userId}`);
    assert.deepEqual(
      byCurrency(focused.totals.amounts),
      [
        ['EUR', 5000],
        ['USD', 7000],
      ],
      'one owner only',
    );
    const bad = await acme.admin.request('GET', '/api/copilot/analytics/pipeline?ownerId=nope');
    assert.equal(bad.statusCode, 400, bad.body);
  });

  test('closing soon, deals with risks, win rate and time to close over 90 days', async () => {
    const soon = await deal({ title: 'Closing soon', amount: 300, currency: 'GBP' });
    await q(`update deals set expected_close_date = current_date + 5 where id = $1`, [soon.id]);
    await readyHint('deal', soon.id, 'deal_brief', {
      summary: 'x',
      risks: ['No budget confirmed'],
      nextStep: 'Call',
    });
    const h = await health(soon.id);
    assert.equal(h.status, 'watch', JSON.stringify(h.reasons));
    assert.ok(
      h.reasons.some((r: string) => /^Close date \d{4}-\d\d-\d\d is in 5 days/.test(r)),
      JSON.stringify(h.reasons),
    );

    const stages = (await acme.admin.request('GET', '/api/pipeline/stages')).json().items as {
      id: string;
      kind: string;
    }[];
    for (const kind of ['won', 'won', 'lost']) {
      const d = await deal({ title: `Closed ${kind}`, amount: 10 });
      const stageId = stages.find((s) => s.kind === kind)?.id;
      const res = await acme.admin.request('PATCH', `/api/deals/${d.id}`, { stageId });
      assert.equal(res.statusCode, 200, res.body);
      await q(`update deals set created_at = closed_at - interval '10 days' where id = $1`, [d.id]);
    }
    const s = await pipeline(acme.admin);
    assert.deepEqual([s.winRate.won, s.winRate.lost, s.winRate.rate], [2, 1, 0.67]);
    assert.equal(s.averageDaysToClose, 10);
    assert.deepEqual(
      s.closingSoon.map((d: { title: string }) => d.title),
      ['Closing soon'],
    );
    assert.deepEqual(s.closingSoonTotals, { count: 1, amounts: [{ currency: 'GBP', total: 300 }] });
    assert.deepEqual(s.atRisk, [{ id: soon.id, title: 'Closing soon', risks: ['No budget confirmed'] }]);
    assert.ok(
      s.highlights.includes(
        'Win rate over the last 90 days: 67% (2 won, 1 lost); won deals took 10 days on average to close.',
      ),
      JSON.stringify(s.highlights),
    );
    assert.ok(!JSON.stringify(s.stages).includes('Closed won'), 'closed deals are not in the open pipeline');
  });
});
