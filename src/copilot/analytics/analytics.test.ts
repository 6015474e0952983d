import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

/** Deal health and the pipeline summary over HTTP, on backdated history. */
describe('CoPilot analytics', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  const q = (text: string, values: unknown[]) => ctx.store.pool.query(text, values);

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const deal = async (body: object, who = acme.admin) => {
    const res = await who.request('POST', '/api/deals', body);
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string };
  };

  test('a stale deal with overdue tasks is at risk, with the reasons and the numbers', async () => {
    const d = await deal({ title: 'Stale deal', amount: 1000, currency: 'EUR' });
    for (const title of ['Send quote', 'Book demo']) {
      const t = await acme.admin.request('POST', '/api/tasks', {
        title,
        dealId: d.id,
        dueAt: '2020-01-01T10:00:00Z',
      });
      assert.equal(t.statusCode, 201, t.body);
    }
    // Three comments two weeks ago, one five weeks ago, nothing since; the deal untouched for 25 days.
    const comment = async (body: string) =>
      (await acme.admin.request('POST', `/api/deals/${d.id}/messages`, { body })).json().id as string;
    for (const [body, weeks] of [
      ['This is terrible, the rollout failed and the customer is angry.', 2],
      ['They are unhappy with the delays and the poor support.', 2],
      ['Another complaint about the broken import.', 2],
      ['Great kickoff, the team loved the demo!', 5],
    ] as const) {
      const id = await comment(body);
      await q(
        `update messages set created_at = date_trunc('week', now()) - make_interval(weeks => $2) + interval '1 day' where id = $1`,
        [id, weeks],
      );
    }
    await q(`update deals set last_activity_at = now() - interval '25 days' where id = $1`, [d.id]);
    const unconsented = await acme.admin.request('GET', `/api/copilot/analytics/deals/${d.id}/health`);
    assert.equal(unconsented.statusCode, 200, unconsented.body);
    assert.equal(unconsented.json().sentimentUnavailable?.code, 'consent_required');
    assert.equal((await acme.admin.request('POST', '/api/ai/consent/terms', { version: 1 })).statusCode, 200);
    const res = await acme.admin.request('GET', `/api/copilot/analytics/deals/${d.id}/health`);
    assert.equal(res.statusCode, 200, res.body);
    const h = res.json();
    assert.equal(h.status, 'at_risk');
    assert.equal(h.staleDays, 25);
    assert.ok(
      h.reasons.some((r: string) => r.includes('No activity for 25 days')),
      JSON.stringify(h.reasons),
    );
    assert.ok(
      h.reasons.some((r: string) => r.includes('2 overdue tasks')),
      JSON.stringify(h.reasons),
    );
    assert.equal(h.activity.length, 8);
    const week = (n: number) => h.activity[7 - n];
    assert.equal(week(2).comments, 3, JSON.stringify(h.activity));
    assert.equal(week(5).comments, 1);
    assert.equal(h.sentiment.length, 2, 'one point per week with comments');
    assert.ok(h.sentiment[0].score > h.sentiment[1].score, 'the older week was happier');
    assert.equal(h.sentimentTrend.direction, 'worsening');
    assert.ok(
      h.numbers.some((x: { label: string; value: number }) => x.label === 'Overdue tasks' && x.value === 2),
    );
  });

  test('the pipeline summary keeps currencies apart and only shows what the user may see', async () => {
    await deal({ title: 'Euro deal', amount: 5000, currency: 'EUR' }, acme.user);
    await deal({ title: 'Dollar deal', amount: 7000, currency: 'USD' }, acme.user);
    await deal({ title: 'Admin secret', amount: 99999, currency: 'USD' });
    const mine = (await acme.user.request('GET', '/api/copilot/analytics/pipeline')).json();
    assert.deepEqual(
      mine.totals.amounts.map((a: { currency: string; total: number }) => [a.currency, a.total]).sort(),
      [
        ['EUR', 5000],
        ['USD', 7000],
      ],
    );
    assert.ok(!JSON.stringify(mine).includes('Admin secret'), 'a deal the user cannot see is left out');
    const all = (await acme.admin.request('GET', '/api/copilot/analytics/pipeline')).json();
    assert.ok(all.staleDeals.some((s: { title: string }) => s.title === 'Stale deal'));
    assert.ok(all.overdueTasks.count >= 2);
    assert.ok(all.highlights.length >= 2, JSON.stringify(all.highlights));
    const stranger = await acme.user.request(
      'GET',
      `/api/copilot/analytics/deals/${all.staleDeals[0].id}/health`,
    );
    assert.equal(stranger.statusCode, 404);
  });

  test('win rate and time to close over 90 days', async () => {
    const stages = (await acme.admin.request('GET', '/api/pipeline/stages')).json().items as {
      id: string;
      kind: string;
    }[];
    const won = stages.find((s) => s.kind === 'won')!;
    const lost = stages.find((s) => s.kind === 'lost')!;
    for (const stage of [won, won, lost]) {
      const d = await deal({ title: `Closed ${stage.kind}`, amount: 10 });
      await acme.admin.request('PATCH', `/api/deals/${d.id}`, { stageId: stage.id });
      await q(`update deals set created_at = closed_at - interval '10 days' where id = $1`, [d.id]);
    }
    const s = (await acme.admin.request('GET', '/api/copilot/analytics/pipeline')).json();
    assert.deepEqual([s.winRate.won, s.winRate.lost, s.winRate.rate], [2, 1, 0.67]);
    assert.equal(s.averageDaysToClose, 10);
  });
});
