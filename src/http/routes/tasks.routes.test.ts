import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  type Client,
  seedAccount,
  sessionClient,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestContext,
} from '../../testing/harness.js';
import { createUser } from '../../workspace/accounts/create-user.js';

describe('tasks API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let carol: Client;
  const eventsOf = async (id: string) =>
    (await ctx.store.pool.query('select type, payload from events where entity_id = $1 order by seq', [id]))
      .rows as { type: string; payload: Record<string, unknown> }[];
  const count = async () => (await ctx.store.pool.query('select count(*)::int as n from tasks')).rows[0].n;
  const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((t) => t.id);

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
    const email = `carol-${randomUUID()}@example.test`;
    const user = await createUser(ctx.store.db, acme.account.id, {
      email,
      name: 'Carol Colleague',
      password: TEST_PASSWORD,
    });
    carol = sessionClient(
      ctx.app,
      { userId: user.id, accountId: acme.account.id, email },
      await signIn(ctx.app, email),
    );
  });
  after(() => ctx.close());

  test('create on a deal with a checklist, complete, reopen — with events carrying the deal', async () => {
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Pilot' })).json();
    const contact = (await acme.user.request('POST', '/api/contacts', { firstName: 'Hank' })).json();
    const created = await acme.user.request('POST', '/api/tasks', {
      title: 'Send the proposal',
      priority: 'high',
      dueAt: '2030-01-15T09:00:00+01:00',
      dealId: deal.id,
      contactId: contact.id,
      checklist: [{ text: 'Draft' }, { id: 'review', text: 'Review', done: true }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const task = created.json();
    assert.equal(task.assigneeId, acme.user.userId, 'the assignee defaults to the actor');
    assert.equal(task.createdBy, acme.user.userId);
    assert.equal(task.status, 'open');
    assert.equal(task.dueAt, '2030-01-15T08:00:00.000Z');
    assert.equal(task.checklist.length, 2);
    assert.match(task.checklist[0].id, /^[0-9a-f-]{36}$/, 'a missing item id is generated');
    assert.deepEqual(task.checklist[1], { id: 'review', text: 'Review', done: true });
    assert.equal(task.completedAt, null);

    const checklist = task.checklist.map((i: { id: string; text: string }) => ({ ...i, done: true }));
    const done = await acme.user.request('PATCH', `/api/tasks/${task.id}`, {
      status: 'done',
      checklist,
      version: 1,
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.ok(done.json().completedAt, 'completing stamps completedAt');
    assert.deepEqual(
      done.json().checklist.map((i: { id: string }) => i.id),
      task.checklist.map((i: { id: string }) => i.id),
      'item ids are kept',
    );
    const reopened = await acme.user.request('PATCH', `/api/tasks/${task.id}`, { status: 'in_progress' });
    assert.equal(reopened.json().completedAt, null);
    const stale = await acme.user.request('PATCH', `/api/tasks/${task.id}`, { title: 'x', version: 1 });
    assert.equal(stale.json().error.code, 'version_conflict');

    const events = await eventsOf(task.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['task.created', 'task.updated', 'task.completed', 'task.updated'],
    );
    for (const e of events) assert.equal(e.payload.dealId, deal.id, `${e.type} carries the deal`);

    // Created as done: completed at once.
    const quick = (
      await acme.user.request('POST', '/api/tasks', { title: 'Already done', status: 'done' })
    ).json();
    assert.ok(quick.completedAt);
    assert.deepEqual(
      (await eventsOf(quick.id)).map((e) => e.type),
      ['task.created', 'task.completed'],
    );

    assert.equal((await acme.user.request('DELETE', `/api/tasks/${task.id}`)).statusCode, 204);
    assert.equal((await acme.user.request('GET', `/api/tasks/${task.id}`)).statusCode, 404);
    assert.equal((await eventsOf(task.id)).at(-1)?.type, 'task.deleted');
  });

  test('filters: status, assignee, deal, due, text', async () => {
    const other = await seedAccount(ctx);
    const me = other.user;
    const deal = (await me.request('POST', '/api/deals', { title: 'Filter deal' })).json();
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const startOfToday = Math.floor(now / day) * day; // the account's time zone is UTC
    const make = async (body: Record<string, unknown>) =>
      (await me.request('POST', '/api/tasks', body)).json().id as string;
    const overdue = await make({ title: 'Overdue call', dueAt: new Date(now - 3 * day).toISOString() });
    const today = await make({ title: 'Today', dueAt: new Date(startOfToday + 1000).toISOString() });
    const week = await make({
      title: 'This week',
      dueAt: new Date(now + 3 * day).toISOString(),
      dealId: deal.id,
    });
    const doneLate = await make({
      title: 'Done late',
      status: 'done',
      dueAt: new Date(now - 2 * day).toISOString(),
    });
    const theirs = await make({
      title: 'For the admin',
      assigneeId: other.admin.userId,
      status: 'in_progress',
    });

    const list = (query: string) => me.request('GET', `/api/tasks?${query}`);
    const overdueIds = ids(await list('due=overdue'));
    assert.ok(overdueIds.includes(overdue));
    assert.ok(!overdueIds.includes(doneLate), 'done tasks are never overdue');
    assert.ok(!overdueIds.includes(week));
    const todayIds = ids(await list('due=today'));
    assert.ok(todayIds.includes(today));
    assert.ok(!todayIds.includes(overdue) && !todayIds.includes(week));
    const weekIds = ids(await list('due=week'));
    assert.ok(weekIds.includes(today) && weekIds.includes(week));
    assert.ok(!weekIds.includes(overdue));

    assert.deepEqual(ids(await list(`dealId=${deal.id}`)), [week]);
    assert.deepEqual(ids(await list(`assigneeId=${other.admin.userId}`)), [theirs]);
    assert.deepEqual(ids(await list('status=done')), [doneLate]);
    assert.equal((await list('status=open,in_progress')).json().total, 4);
    assert.deepEqual(ids(await list('q=overdue%20CALL')), [overdue]);
    const byDue = ids(await list('sort=dueAt&order=asc&status=open'));
    assert.deepEqual(byDue, [overdue, today, week]);
    assert.equal((await list('due=yesterday')).statusCode, 400);
    assert.equal((await list('status=open,sleeping')).statusCode, 400);
  });

  test('creator, assignee and participants see a task; only the creator or an admin deletes it', async () => {
    const delegated = (
      await acme.user.request('POST', '/api/tasks', { title: 'Call Hank', assigneeId: carol.userId })
    ).json();
    assert.equal(delegated.assigneeId, carol.userId, 'assigning to someone else is allowed');
    assert.equal((await carol.request('GET', `/api/tasks/${delegated.id}`)).statusCode, 200);
    assert.ok(ids(await carol.request('GET', '/api/tasks')).includes(delegated.id));
    const progress = await carol.request('PATCH', `/api/tasks/${delegated.id}`, { status: 'done' });
    assert.equal(progress.statusCode, 200, 'the assignee may work on it');
    const carolDeletes = await carol.request('DELETE', `/api/tasks/${delegated.id}`);
    assert.equal(carolDeletes.statusCode, 403);
    assert.equal(carolDeletes.json().error.code, 'forbidden');

    const adminTask = (await acme.admin.request('POST', '/api/tasks', { title: 'Board prep' })).json();
    assert.equal((await acme.user.request('GET', `/api/tasks/${adminTask.id}`)).statusCode, 404);
    assert.ok(!ids(await acme.user.request('GET', '/api/tasks?limit=200')).includes(adminTask.id));
    await acme.admin.request('PATCH', `/api/tasks/${adminTask.id}`, { participantIds: [acme.user.userId] });
    assert.equal((await acme.user.request('GET', `/api/tasks/${adminTask.id}`)).statusCode, 200);
    assert.equal(
      (await acme.user.request('PATCH', `/api/tasks/${adminTask.id}`, { priority: 'low' })).statusCode,
      200,
    );
    assert.equal((await acme.user.request('DELETE', `/api/tasks/${adminTask.id}`)).statusCode, 403);
    assert.equal((await carol.request('GET', `/api/tasks/${adminTask.id}`)).statusCode, 404);

    assert.equal((await acme.admin.request('DELETE', `/api/tasks/${delegated.id}`)).statusCode, 204);
    assert.equal((await acme.admin.request('DELETE', `/api/tasks/${adminTask.id}`)).statusCode, 204);
  });

  test('a task links only deals the actor can see; an assignee keeps an unchanged link', async () => {
    const privateDeal = (await acme.admin.request('POST', '/api/deals', { title: 'Board only' })).json();
    const before = await count();
    const res = await acme.user.request('POST', '/api/tasks', { title: 'Peek', dealId: privateDeal.id });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error.code, 'validation_failed');
    assert.equal(await count(), before);

    const mine = (await acme.user.request('POST', '/api/tasks', { title: 'Mine' })).json();
    const link = await acme.user.request('PATCH', `/api/tasks/${mine.id}`, { dealId: privateDeal.id });
    assert.equal(link.statusCode, 400);
    assert.equal((await acme.user.request('GET', `/api/tasks/${mine.id}`)).json().dealId, null);

    // The user's deal, delegated to Carol, who cannot see the deal itself.
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'User deal' })).json();
    const delegated = (
      await acme.user.request('POST', '/api/tasks', {
        title: 'Follow up',
        dealId: deal.id,
        assigneeId: carol.userId,
      })
    ).json();
    const resend = await carol.request('PATCH', `/api/tasks/${delegated.id}`, {
      title: 'Follow up today',
      dealId: deal.id,
    });
    assert.equal(resend.statusCode, 200, resend.body);
    const unlink = await carol.request('PATCH', `/api/tasks/${delegated.id}`, { dealId: null });
    assert.equal(unlink.statusCode, 200);
    const relink = await carol.request('PATCH', `/api/tasks/${delegated.id}`, { dealId: deal.id });
    assert.equal(relink.statusCode, 400, 'Carol cannot link a deal she cannot see');
  });

  test('another account’s task answers 404, and its records cannot be referenced', async () => {
    const deal = (await acme.admin.request('POST', '/api/deals', { title: 'Secret deal' })).json();
    const contact = (await acme.admin.request('POST', '/api/contacts', { firstName: 'Secret' })).json();
    const secret = (
      await acme.admin.request('POST', '/api/tasks', { title: 'Secret task', dealId: deal.id })
    ).json();
    const other = await seedAccount(ctx);
    for (const client of [other.admin, other.user]) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { status: 'done' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await client.request(method, `/api/tasks/${secret.id}`, body);
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.json().error.code, 'not_found');
      }
      assert.equal((await client.request('GET', `/api/tasks?dealId=${deal.id}`)).json().total, 0);
    }
    const before = await count();
    for (const body of [
      { title: 'x', dealId: deal.id },
      { title: 'x', contactId: contact.id },
      { title: 'x', assigneeId: acme.user.userId },
      { title: 'x', participantIds: [acme.user.userId] },
    ]) {
      const res = await other.admin.request('POST', '/api/tasks', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
    }
    assert.equal(await count(), before);
    const still = (await acme.admin.request('GET', `/api/tasks/${secret.id}`)).json();
    assert.equal(still.status, 'open');
  });

  test('bad input: unknown fields, wrong types, bad checklists — 400, nothing written', async () => {
    const before = await count();
    const many = Array.from({ length: 101 }, (_, i) => ({ text: `item ${i}` }));
    const cases: unknown[] = [
      { title: 'x', colour: 'red' },
      { title: 5 },
      { title: 'x', status: 'sleeping' },
      { title: 'x', priority: 'urgent' },
      { title: 'x', dueAt: 'tomorrow' },
      { title: 'x', dueAt: '2030-01-01' },
      { title: 'x', checklist: many },
      { title: 'x', checklist: [{ text: '' }] },
      { title: 'x', checklist: [{ text: 'a', extra: 1 }] },
      {
        title: 'x',
        checklist: [
          { id: 'a', text: 'one' },
          { id: 'a', text: 'two' },
        ],
      },
      { title: 'x', dealId: randomUUID() },
      { title: 'x', contactId: randomUUID() },
      { title: 'x', assigneeId: randomUUID() },
    ];
    for (const body of cases) {
      const res = await acme.user.request('POST', '/api/tasks', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body).slice(0, 100)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    assert.equal(await count(), before);
    const hundred = Array.from({ length: 100 }, (_, i) => ({ text: `item ${i}` }));
    const full = await acme.user.request('POST', '/api/tasks', { title: 'Long list', checklist: hundred });
    assert.equal(full.statusCode, 201, '100 items is the limit, not beyond it');
    const bad = await acme.user.request('PATCH', `/api/tasks/${full.json().id}`, { status: 'sleeping' });
    assert.equal(bad.statusCode, 400);
    assert.equal((await acme.user.request('GET', `/api/tasks/${full.json().id}`)).json().version, 1);
  });
});
