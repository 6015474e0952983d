import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedAccount, startTestApp, type TestContext } from '../testing/harness.js';
import { EventDispatcher, type Subscriber } from './dispatcher.js';

describe('event dispatcher', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('delivers each event once per subscriber, retries failures, and marks events dispatched', async () => {
    const seen: string[] = [];
    let failOnce = true;
    const recorder: Subscriber = {
      name: 'recorder',
      types: ['deal.created', 'message.posted'],
      async handle(tx, event) {
        // A database effect inside the delivery transaction: exactly once even if delivered twice.
        await tx.execute(
          sql`insert into instance_settings (key, value) values (${`seen:${event.id}`}, ${event.type})`,
        );
        seen.push(event.type);
      },
    };
    const flaky: Subscriber = {
      name: 'flaky',
      types: '*',
      async handle() {
        if (failOnce) {
          failOnce = false;
          throw new Error('temporary outage');
        }
      },
    };
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Outbox check' })).json();
    await acme.user.request('POST', `/api/deals/${deal.id}/messages`, { body: 'hello' });

    const first = new EventDispatcher({ db: ctx.store.db, subscribers: [recorder, flaky] });
    const second = new EventDispatcher({ db: ctx.store.db, subscribers: [recorder, flaky] });
    // Two dispatchers at once (as two processes would): SKIP LOCKED splits the work, nothing doubles.
    await Promise.all([first.drain(), second.drain()]);

    const recorded = (
      await ctx.store.pool.query(
        `select status from event_deliveries d join events e on e.id = d.event_id
         where e.entity_id = $1 and subscriber = 'recorder' order by e.seq`,
        [deal.id],
      )
    ).rows;
    assert.deepEqual(
      recorded.map((r) => r.status),
      ['done', 'done'],
    );
    assert.equal(seen.filter((t) => t === 'deal.created').length, 1);
    const retry = await ctx.store.pool.query(
      `select attempts from event_deliveries where subscriber = 'flaky' and status = 'retry'`,
    );
    assert.equal(retry.rowCount, 1, 'the failed delivery waits for a retry');

    // Make the retry due now and run again: it succeeds and the event is finished.
    await ctx.store.pool.query(`update event_deliveries set next_attempt_at = now() where status = 'retry'`);
    await first.drain();
    const pending = await ctx.store.pool.query(
      'select count(*)::int as n from events where dispatched_at is null and account_id = $1',
      [acme.account.id],
    );
    assert.equal(pending.rows[0].n, 0);
    const flakyRows = await ctx.store.pool.query(
      `select status, attempts from event_deliveries where subscriber = 'flaky' and attempts = 2`,
    );
    assert.equal(flakyRows.rows[0]?.status, 'done');
  });

  test('the deal-activity subscriber moves last_activity_at forward', async () => {
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Activity' })).json();
    await ctx.store.pool.query(
      `update deals set last_activity_at = now() - interval '30 days' where id = $1`,
      [deal.id],
    );
    await acme.user.request('POST', `/api/deals/${deal.id}/messages`, { body: 'still alive' });
    const { BUILT_IN_SUBSCRIBERS } = await import('./subscribers/index.js');
    await new EventDispatcher({ db: ctx.store.db, subscribers: BUILT_IN_SUBSCRIBERS }).drain();
    const row = (await acme.user.request('GET', `/api/deals/${deal.id}`)).json();
    assert.ok(Date.now() - new Date(row.lastActivityAt).getTime() < 60_000);
  });
});
