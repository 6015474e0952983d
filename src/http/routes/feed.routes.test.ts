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

describe('feed API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let sales: string;
  let support: string;
  let seller: Client;
  let helper: Client;
  const eventsOf = async (id: string) =>
    (await ctx.store.pool.query('select type, payload from events where entity_id = $1 order by seq', [id]))
      .rows as { type: string; payload: Record<string, unknown> }[];
  const count = async () =>
    (await ctx.store.pool.query('select count(*)::int as n from feed_posts')).rows[0].n;
  const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((p) => p.id);

  async function department(accountId: string, name: string): Promise<string> {
    const id = randomUUID();
    await ctx.store.pool.query('insert into departments (id, account_id, name) values ($1, $2, $3)', [
      id,
      accountId,
      name,
    ]);
    return id;
  }

  async function member(departmentId: string): Promise<Client> {
    const email = `member-${randomUUID()}@example.test`;
    const user = await createUser(ctx.store.db, acme.account.id, {
      email,
      name: 'Department Member',
      password: TEST_PASSWORD,
      departmentId,
    });
    return sessionClient(
      ctx.app,
      { userId: user.id, accountId: acme.account.id, email },
      await signIn(ctx.app, email),
    );
  }

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
    sales = await department(acme.account.id, 'Sales');
    support = await department(acme.account.id, 'Support');
    seller = await member(sales);
    helper = await member(support);
  });
  after(() => ctx.close());

  test('post, read, edit with version, delete — with events', async () => {
    const created = await acme.user.request('POST', '/api/feed', {
      title: 'Welcome',
      body: 'Say hello to our new colleague!',
    });
    assert.equal(created.statusCode, 201, created.body);
    const post = created.json();
    assert.equal(post.authorId, acme.user.userId);
    assert.equal(post.departmentId, null);
    for (const reader of [acme.admin, seller, helper]) {
      assert.equal((await reader.request('GET', `/api/feed/${post.id}`)).statusCode, 200);
      assert.ok(ids(await reader.request('GET', '/api/feed')).includes(post.id));
    }
    assert.deepEqual(ids(await seller.request('GET', '/api/feed?q=new%20COLLEAGUE')), [post.id]);
    assert.deepEqual(ids(await seller.request('GET', `/api/feed?authorId=${acme.user.userId}`)), [post.id]);

    const edited = await acme.user.request('PATCH', `/api/feed/${post.id}`, { body: 'Say hi!', version: 1 });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().body, 'Say hi!');
    assert.equal(edited.json().version, 2);
    const stale = await acme.user.request('PATCH', `/api/feed/${post.id}`, { body: 'x', version: 1 });
    assert.equal(stale.json().error.code, 'version_conflict');

    assert.equal((await acme.user.request('DELETE', `/api/feed/${post.id}`)).statusCode, 204);
    assert.equal((await acme.user.request('GET', `/api/feed/${post.id}`)).statusCode, 404);
    assert.deepEqual(
      (await eventsOf(post.id)).map((e) => e.type),
      ['feed_post.created', 'feed_post.updated', 'feed_post.deleted'],
    );
  });

  test('a department post is seen by that department, its author and admins only', async () => {
    const forSales = (
      await seller.request('POST', '/api/feed', { body: 'Quota party on Friday', departmentId: sales })
    ).json();
    assert.equal(forSales.departmentId, sales);
    assert.equal((await seller.request('GET', `/api/feed/${forSales.id}`)).statusCode, 200);
    assert.equal((await acme.admin.request('GET', `/api/feed/${forSales.id}`)).statusCode, 200);
    for (const outsider of [helper, acme.user]) {
      assert.equal((await outsider.request('GET', `/api/feed/${forSales.id}`)).statusCode, 404);
      assert.ok(!ids(await outsider.request('GET', '/api/feed')).includes(forSales.id));
      assert.equal((await outsider.request('DELETE', `/api/feed/${forSales.id}`)).statusCode, 404);
    }
    assert.deepEqual(ids(await acme.admin.request('GET', `/api/feed?departmentId=${sales}`)), [forSales.id]);

    // Someone outside the department may address it, and still sees their own post.
    const fromOutside = (
      await helper.request('POST', '/api/feed', {
        body: 'Support here: ask us anything',
        departmentId: sales,
      })
    ).json();
    assert.equal((await helper.request('GET', `/api/feed/${fromOutside.id}`)).statusCode, 200);
    assert.equal((await seller.request('GET', `/api/feed/${fromOutside.id}`)).statusCode, 200);
    assert.equal((await acme.user.request('GET', `/api/feed/${fromOutside.id}`)).statusCode, 404);

    // Moving a post to another department changes who sees it.
    const moved = await seller.request('PATCH', `/api/feed/${forSales.id}`, { departmentId: support });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal((await helper.request('GET', `/api/feed/${forSales.id}`)).statusCode, 200);
  });

  test('only the author edits; the author or an admin deletes', async () => {
    const post = (await seller.request('POST', '/api/feed', { body: 'Mine to change' })).json();
    for (const other of [helper, acme.admin]) {
      const res = await other.request('PATCH', `/api/feed/${post.id}`, { body: 'Not yours' });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error.code, 'forbidden');
    }
    const del = await helper.request('DELETE', `/api/feed/${post.id}`);
    assert.equal(del.statusCode, 403);
    assert.equal((await seller.request('GET', `/api/feed/${post.id}`)).json().body, 'Mine to change');
    assert.equal((await acme.admin.request('DELETE', `/api/feed/${post.id}`)).statusCode, 204);
    const events = await eventsOf(post.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['feed_post.created', 'feed_post.deleted'],
    );
  });

  test('another account’s post answers 404 and never shows in its feed', async () => {
    const secret = (await acme.admin.request('POST', '/api/feed', { body: 'Secret announcement' })).json();
    const other = await seedAccount(ctx);
    for (const client of [other.admin, other.user]) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { body: 'Defaced' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await client.request(method, `/api/feed/${secret.id}`, body);
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.json().error.code, 'not_found');
      }
      assert.equal((await client.request('GET', '/api/feed?q=Secret')).json().total, 0);
    }
    assert.equal(
      (await acme.admin.request('GET', `/api/feed/${secret.id}`)).json().body,
      'Secret announcement',
    );
  });

  test('bad input: unknown fields, wrong types, unknown departments — 400, nothing written', async () => {
    const other = await seedAccount(ctx);
    const foreign = await department(other.account.id, 'Foreign');
    const before = await count();
    const cases: unknown[] = [
      { body: 'x', pinned: true },
      { body: 42 },
      { body: '   ' },
      { title: 'no body' },
      { body: 'x', departmentId: 'sales' },
      { body: 'x', departmentId: foreign },
      { body: 'x', departmentId: randomUUID() },
    ];
    for (const body of cases) {
      const res = await seller.request('POST', '/api/feed', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    assert.equal(await count(), before);
    const post = (await seller.request('POST', '/api/feed', { body: 'Stable' })).json();
    for (const body of [{ pinned: true }, { body: '' }, { departmentId: foreign }]) {
      const res = await seller.request('PATCH', `/api/feed/${post.id}`, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
    }
    const after = (await seller.request('GET', `/api/feed/${post.id}`)).json();
    assert.equal(after.version, 1);
    assert.equal(after.departmentId, null);
  });
});
