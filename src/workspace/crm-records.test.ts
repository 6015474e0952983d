import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../testing/harness.js';

describe('contacts, companies, tasks and feed', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('companies and contacts: create, link, search, update with version, delete', async () => {
    const company = await acme.user.request('POST', '/api/companies', {
      name: 'Globex',
      industry: 'Manufacturing',
      website: 'https://globex.example',
    });
    assert.equal(company.statusCode, 201, company.body);
    const contact = await acme.user.request('POST', '/api/contacts', {
      firstName: 'Hank',
      lastName: 'Scorpio',
      email: 'HANK@GLOBEX.EXAMPLE',
      companyId: company.json().id,
    });
    assert.equal(contact.statusCode, 201, contact.body);
    assert.equal(contact.json().email, 'hank@globex.example');
    const found = (await acme.user.request('GET', '/api/contacts?q=scorp')).json();
    assert.equal(found.total, 1);
    const byCompany = (await acme.user.request('GET', `/api/contacts?companyId=${company.json().id}`)).json();
    assert.equal(byCompany.items[0].id, contact.json().id);
    const updated = await acme.user.request('PATCH', `/api/contacts/${contact.json().id}`, {
      position: 'CEO',
      version: 1,
    });
    assert.equal(updated.json().version, 2);
    const stale = await acme.user.request('PATCH', `/api/contacts/${contact.json().id}`, {
      position: 'CTO',
      version: 1,
    });
    assert.equal(stale.json().error.code, 'version_conflict');
    assert.equal(
      (await acme.user.request('POST', '/api/contacts', { firstName: 'X', email: 'not-an-email' }))
        .statusCode,
      400,
    );

    // Deleting the company keeps its contacts, unlinked.
    assert.equal((await acme.user.request('DELETE', `/api/companies/${company.json().id}`)).statusCode, 204);
    assert.equal(
      (await acme.user.request('GET', `/api/contacts/${contact.json().id}`)).json().companyId,
      null,
    );
  });

  test('tasks: assignment, checklist, completion events, filters and visibility', async () => {
    const deal = (
      await acme.admin.request('POST', '/api/deals', {
        title: 'Task deal',
        participantIds: [acme.user.userId],
      })
    ).json();
    const created = await acme.admin.request('POST', '/api/tasks', {
      title: 'Send proposal',
      assigneeId: acme.user.userId,
      dealId: deal.id,
      dueAt: new Date(Date.now() - 3600_000).toISOString(),
      checklist: [{ text: 'Price sheet' }, { text: 'Case study', done: true }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const task = created.json();
    assert.equal(task.checklist.length, 2);
    assert.ok(task.checklist.every((i: { id: string }) => i.id));
    assert.equal(task.createdBy, acme.admin.userId);

    // The assignee sees it; the overdue filter finds it.
    const overdue = (await acme.user.request('GET', '/api/tasks?due=overdue')).json();
    assert.ok(overdue.items.some((t: { id: string }) => t.id === task.id));
    const done = await acme.user.request('PATCH', `/api/tasks/${task.id}`, { status: 'done' });
    assert.ok(done.json().completedAt);
    const events = await ctx.store.pool.query('select type from events where entity_id = $1 order by seq', [
      task.id,
    ]);
    assert.deepEqual(
      events.rows.map((r) => r.type),
      ['task.created', 'task.updated', 'task.completed'],
    );
    // Only the creator or an admin deletes it.
    assert.equal((await acme.user.request('DELETE', `/api/tasks/${task.id}`)).json().error.code, 'forbidden');

    // A task on a deal the user cannot see is refused like a missing deal.
    const hidden = (await acme.admin.request('POST', '/api/deals', { title: 'Hidden' })).json();
    const refused = await acme.user.request('POST', '/api/tasks', { title: 'x', dealId: hidden.id });
    assert.ok([400, 404].includes(refused.statusCode), refused.body);
    const mine = (
      await acme.user.request('GET', `/api/tasks?status=open,in_progress&assigneeId=${acme.user.userId}`)
    ).json();
    assert.ok(mine.items.every((t: { status: string }) => t.status !== 'done'));
  });

  test('feed: whole-account and department posts', async () => {
    const dept = await ctx.store.pool.query(
      `insert into departments (id, account_id, name) values (gen_random_uuid(), $1, 'Sales') returning id`,
      [acme.account.id],
    );
    const forAll = await acme.admin.request('POST', '/api/feed', {
      title: 'Q3 kickoff',
      body: 'Welcome everyone',
    });
    assert.equal(forAll.statusCode, 201, forAll.body);
    const forSales = await acme.admin.request('POST', '/api/feed', {
      body: 'Sales only',
      departmentId: dept.rows[0].id,
    });
    assert.equal(forSales.statusCode, 201, forSales.body);
    const seen = (await acme.user.request('GET', '/api/feed')).json().items.map((p: { id: string }) => p.id);
    assert.ok(seen.includes(forAll.json().id));
    assert.ok(!seen.includes(forSales.json().id), 'a user outside the department does not see it');
    assert.equal(
      (await acme.user.request('PATCH', `/api/feed/${forAll.json().id}`, { body: 'hijack' })).json().error
        .code,
      'forbidden',
    );
  });
});
