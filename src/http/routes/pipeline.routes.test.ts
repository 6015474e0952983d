import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Client, seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

type Stage = { id: string; key: string; name: string; kind: string; sort: number; probability: number };

describe('pipeline stages API', () => {
  let ctx: TestContext;
  const eventsOf = async (id: string) =>
    (await ctx.store.pool.query('select type, payload from events where entity_id = $1 order by seq', [id]))
      .rows as { type: string; payload: Record<string, unknown> }[];
  const stagesOf = async (client: Client): Promise<Stage[]> =>
    (await client.request('GET', '/api/pipeline/stages')).json().items;
  const keys = async (client: Client) => (await stagesOf(client)).map((s) => s.key);
  const byKey = async (client: Client, key: string) => (await stagesOf(client)).find((s) => s.key === key)!;

  before(async () => {
    ctx = await startTestApp();
  });
  after(() => ctx.close());

  test('everyone reads the pipeline in order; admins add, rename and move stages — with events', async () => {
    const acme = await seedAccount(ctx);
    const initial = await stagesOf(acme.user);
    assert.deepEqual(
      initial.map((s) => s.key),
      ['new', 'qualified', 'proposal', 'negotiation', 'won', 'lost'],
    );
    assert.deepEqual(Object.keys(initial[0]!).sort(), ['id', 'key', 'kind', 'name', 'probability', 'sort']);

    const created = await acme.admin.request('POST', '/api/pipeline/stages', { name: 'Demo scheduled' });
    assert.equal(created.statusCode, 201, created.body);
    const demo = created.json();
    assert.equal(demo.key, 'demo_scheduled');
    assert.equal(demo.kind, 'open');
    assert.equal(demo.probability, 0);
    assert.deepEqual(
      await keys(acme.user),
      ['new', 'qualified', 'proposal', 'negotiation', 'demo_scheduled', 'won', 'lost'],
      'a new open stage goes before the closed ones',
    );
    const sorts = (await stagesOf(acme.user)).map((s) => s.sort);
    assert.deepEqual(sorts, [0, 10, 20, 30, 40, 50, 60]);

    const lead = (
      await acme.admin.request('POST', '/api/pipeline/stages', { name: 'Lead', key: 'lead_in', sort: 0 })
    ).json();
    assert.equal(lead.key, 'lead_in');
    assert.equal(lead.sort, 0);
    const partnerWon = (
      await acme.admin.request('POST', '/api/pipeline/stages', { name: 'Won via partner', kind: 'won' })
    ).json();
    assert.equal(partnerWon.probability, 100);
    assert.equal((await keys(acme.user)).at(-1), 'won_via_partner', 'a closed stage goes last');

    // Move "Demo scheduled" before "Proposal", and re-rate it.
    const proposal = await byKey(acme.user, 'proposal');
    const moved = await acme.admin.request('PATCH', `/api/pipeline/stages/${demo.id}`, {
      sort: proposal.sort,
      name: 'Demo',
      probability: 40,
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().name, 'Demo');
    assert.equal(moved.json().key, 'demo_scheduled', 'the key never changes');
    assert.equal(moved.json().probability, 40);
    assert.deepEqual(await keys(acme.user), [
      'lead_in',
      'new',
      'qualified',
      'demo_scheduled',
      'proposal',
      'negotiation',
      'won',
      'lost',
      'won_via_partner',
    ]);

    // A deal entering the stage takes its probability.
    const deal = await acme.user.request('POST', '/api/deals', { title: 'Demo deal', stageId: demo.id });
    assert.equal(deal.json().probability, 40);

    assert.equal(
      (await acme.admin.request('DELETE', `/api/pipeline/stages/${partnerWon.id}`)).statusCode,
      204,
    );
    assert.deepEqual(
      (await eventsOf(demo.id)).map((e) => e.type),
      ['pipeline_stage.created', 'pipeline_stage.updated'],
    );
    assert.deepEqual(
      (await eventsOf(partnerWon.id)).map((e) => e.type),
      ['pipeline_stage.created', 'pipeline_stage.deleted'],
    );
  });

  test('a stage with deals in it cannot be deleted, nor can the last open stage', async () => {
    const acme = await seedAccount(ctx);
    const qualified = await byKey(acme.admin, 'qualified');
    const deal = (
      await acme.user.request('POST', '/api/deals', { title: 'Busy', stageId: qualified.id })
    ).json();
    const busy = await acme.admin.request('DELETE', `/api/pipeline/stages/${qualified.id}`);
    assert.equal(busy.statusCode, 409, busy.body);
    assert.equal(busy.json().error.code, 'conflict');
    assert.equal(busy.json().error.details.deals, 1);
    assert.ok((await keys(acme.admin)).includes('qualified'));

    const proposal = await byKey(acme.admin, 'proposal');
    await acme.user.request('PATCH', `/api/deals/${deal.id}`, { stageId: proposal.id });
    assert.equal(
      (await acme.admin.request('DELETE', `/api/pipeline/stages/${qualified.id}`)).statusCode,
      204,
    );

    await acme.user.request('DELETE', `/api/deals/${deal.id}`);
    for (const key of ['new', 'proposal']) {
      const stage = await byKey(acme.admin, key);
      assert.equal((await acme.admin.request('DELETE', `/api/pipeline/stages/${stage.id}`)).statusCode, 204);
    }
    const last = await byKey(acme.admin, 'negotiation');
    const refused = await acme.admin.request('DELETE', `/api/pipeline/stages/${last.id}`);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'conflict');
    const closeIt = await acme.admin.request('PATCH', `/api/pipeline/stages/${last.id}`, { kind: 'lost' });
    assert.equal(closeIt.statusCode, 409, 'turning the last open stage into a closed one is the same thing');
    assert.deepEqual(await keys(acme.admin), ['negotiation', 'won', 'lost']);
    // Closed stages can go: the pipeline keeps its open stage.
    const lost = await byKey(acme.admin, 'lost');
    assert.equal((await acme.admin.request('DELETE', `/api/pipeline/stages/${lost.id}`)).statusCode, 204);
  });

  test('changing a stage’s kind closes or reopens the deals in it', async () => {
    const acme = await seedAccount(ctx);
    const proposal = await byKey(acme.admin, 'proposal');
    const deal = (
      await acme.user.request('POST', '/api/deals', { title: 'Waiting', stageId: proposal.id })
    ).json();
    assert.equal(deal.closedAt, null);
    const closed = await acme.admin.request('PATCH', `/api/pipeline/stages/${proposal.id}`, { kind: 'lost' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().probability, 0, 'a stage that becomes lost takes probability 0');
    const after = (await acme.user.request('GET', `/api/deals/${deal.id}`)).json();
    assert.ok(after.closedAt, 'the deal is closed with its stage');
    assert.equal(after.version, deal.version + 1);
    await acme.admin.request('PATCH', `/api/pipeline/stages/${proposal.id}`, {
      kind: 'open',
      probability: 50,
    });
    assert.equal((await acme.user.request('GET', `/api/deals/${deal.id}`)).json().closedAt, null);
  });

  test('a new deal without a stage starts in the first open stage, wherever Won was moved', async () => {
    const acme = await seedAccount(ctx);
    const won = await byKey(acme.admin, 'won');
    await acme.admin.request('PATCH', `/api/pipeline/stages/${won.id}`, { sort: 0 });
    assert.equal((await keys(acme.admin))[0], 'won');
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Fresh' })).json();
    assert.equal(deal.stageId, (await byKey(acme.admin, 'new')).id);
    assert.equal(deal.closedAt, null);
  });

  test('only admins change the pipeline', async () => {
    const acme = await seedAccount(ctx);
    const before = await stagesOf(acme.admin);
    const stage = before[1]!;
    const attempts = [
      await acme.user.request('POST', '/api/pipeline/stages', { name: 'Mine' }),
      await acme.user.request('PATCH', `/api/pipeline/stages/${stage.id}`, { name: 'Renamed' }),
      await acme.user.request('DELETE', `/api/pipeline/stages/${stage.id}`),
    ];
    for (const res of attempts) {
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error.code, 'forbidden');
    }
    assert.deepEqual(await stagesOf(acme.admin), before);
  });

  test('another account’s stage answers 404 and cannot be used', async () => {
    const acme = await seedAccount(ctx);
    const other = await seedAccount(ctx);
    const stage = await byKey(acme.admin, 'proposal');
    const before = await stagesOf(acme.admin);
    for (const client of [other.admin, other.user]) {
      for (const [method, body] of [
        ['PATCH', { name: 'Stolen' }],
        ['PATCH', {}],
        ['DELETE', undefined],
      ] as const) {
        const res = await client.request(method, `/api/pipeline/stages/${stage.id}`, body);
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.json().error.code, 'not_found');
      }
      const theirs = await stagesOf(client);
      assert.ok(!theirs.some((s) => s.id === stage.id));
    }
    const deal = await other.admin.request('POST', '/api/deals', { title: 'x', stageId: stage.id });
    assert.equal(deal.statusCode, 400);
    assert.deepEqual(await stagesOf(acme.admin), before);
  });

  test('bad input: unknown fields, wrong types, clashes — 4xx with stable codes, nothing written', async () => {
    const acme = await seedAccount(ctx);
    const count = async () =>
      (
        await ctx.store.pool.query('select count(*)::int as n from pipeline_stages where account_id = $1', [
          acme.account.id,
        ])
      ).rows[0].n;
    const before = await count();
    const cases: unknown[] = [
      { name: 'x', colour: 'red' },
      { name: 42 },
      { name: '' },
      { name: 'x', kind: 'maybe' },
      { name: 'x', probability: 101 },
      { name: 'x', probability: 1.5 },
      { name: 'x', key: 'Bad Key' },
      { name: 'x', sort: 'first' },
    ];
    for (const body of cases) {
      const res = await acme.admin.request('POST', '/api/pipeline/stages', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    for (const body of [{ name: 'proposal' }, { name: 'Fresh', key: 'won' }]) {
      const res = await acme.admin.request('POST', '/api/pipeline/stages', body);
      assert.equal(res.statusCode, 409, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'conflict');
    }
    assert.equal(await count(), before);

    const stages = await stagesOf(acme.admin);
    const stage = stages[0]!;
    for (const body of [{ key: 'renamed' }, { name: null }, { probability: -1 }, { colour: 'red' }]) {
      const res = await acme.admin.request('PATCH', `/api/pipeline/stages/${stage.id}`, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
    }
    const clash = await acme.admin.request('PATCH', `/api/pipeline/stages/${stage.id}`, { name: 'Won' });
    assert.equal(clash.statusCode, 409);
    const missing = await acme.admin.request('PATCH', `/api/pipeline/stages/${randomUUID()}`, { name: 'x' });
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(await stagesOf(acme.admin), stages);
    const events = await ctx.store.pool.query(
      "select count(*)::int as n from events where account_id = $1 and type like 'pipeline_stage.%'",
      [acme.account.id],
    );
    assert.equal(events.rows[0].n, 0, 'refused changes leave no event');
  });
});
