import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

describe('companies API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  const eventsOf = async (id: string) =>
    (await ctx.store.pool.query('select type, payload from events where entity_id = $1 order by seq', [id]))
      .rows as { type: string; payload: Record<string, unknown> }[];
  const count = async () =>
    (await ctx.store.pool.query('select count(*)::int as n from companies')).rows[0].n;

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('create, read, search, update with version, delete — with events', async () => {
    const created = await acme.user.request('POST', '/api/companies', {
      name: 'Globex Corporation',
      industry: 'Manufacturing',
      website: 'https://globex.example',
    });
    assert.equal(created.statusCode, 201, created.body);
    const globex = created.json();
    assert.equal(globex.ownerId, acme.user.userId, 'the owner defaults to the actor');
    assert.equal(globex.version, 1);
    assert.equal('accountId' in globex, false);
    await acme.user.request('POST', '/api/companies', { name: 'Initech' });

    const got = await acme.user.request('GET', `/api/companies/${globex.id}`);
    assert.equal(got.statusCode, 200);
    assert.equal(got.json().name, 'Globex Corporation');

    const found = (await acme.user.request('GET', '/api/companies?q=globex')).json();
    assert.deepEqual(
      found.items.map((c: { id: string }) => c.id),
      [globex.id],
    );
    const sorted = (await acme.user.request('GET', '/api/companies?sort=name&order=desc&limit=1')).json();
    assert.equal(sorted.total, 2);
    assert.equal(sorted.limit, 1);
    assert.equal(sorted.items[0].name, 'Initech');
    const byOwner = (await acme.admin.request('GET', `/api/companies?ownerId=${acme.admin.userId}`)).json();
    assert.equal(byOwner.total, 0);

    const patched = await acme.user.request('PATCH', `/api/companies/${globex.id}`, {
      phone: '+1 555 0100',
      version: 1,
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().phone, '+1 555 0100');
    assert.equal(patched.json().version, 2);
    const stale = await acme.user.request('PATCH', `/api/companies/${globex.id}`, { name: 'x', version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'version_conflict');

    const deleted = await acme.user.request('DELETE', `/api/companies/${globex.id}`);
    assert.equal(deleted.statusCode, 204);
    assert.equal((await acme.user.request('GET', `/api/companies/${globex.id}`)).statusCode, 404);

    const events = await eventsOf(globex.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['company.created', 'company.updated', 'company.deleted'],
    );
    assert.deepEqual(events[1]!.payload.fields, ['phone']);
  });

  test('custom fields are validated against the company field definitions', async () => {
    const def = await acme.admin.request('POST', '/api/custom-fields', {
      entityType: 'company',
      key: 'employees',
      label: 'Employees',
      type: 'number',
    });
    assert.equal(def.statusCode, 201, def.body);
    const ok = await acme.user.request('POST', '/api/companies', {
      name: 'Hooli',
      customFields: { employees: 1200 },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(ok.json().customFields, { employees: 1200 });
    const wrong = await acme.user.request('PATCH', `/api/companies/${ok.json().id}`, {
      customFields: { employees: 'many' },
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.code, 'validation_failed');
    assert.equal(wrong.json().error.details[0].path, 'customFields.employees');
    // A deal field is not a company field.
    const other = await acme.user.request('POST', '/api/companies', {
      name: 'Pied Piper',
      customFields: { region: 'EU' },
    });
    assert.equal(other.statusCode, 400);
    const cleared = await acme.user.request('PATCH', `/api/companies/${ok.json().id}`, {
      customFields: { employees: null },
    });
    assert.deepEqual(cleared.json().customFields, {});
  });

  test('users see what they own or take part in; only the owner or an admin deletes', async () => {
    const hidden = (await acme.admin.request('POST', '/api/companies', { name: 'Admin Holdings' })).json();
    assert.equal(hidden.ownerId, acme.admin.userId);
    assert.equal((await acme.user.request('GET', `/api/companies/${hidden.id}`)).statusCode, 404);
    const list = (await acme.user.request('GET', '/api/companies?limit=200')).json();
    assert.ok(!list.items.some((c: { id: string }) => c.id === hidden.id));
    const patchHidden = await acme.user.request('PATCH', `/api/companies/${hidden.id}`, { name: 'Mine' });
    assert.equal(patchHidden.statusCode, 404);

    const shared = await acme.admin.request('PATCH', `/api/companies/${hidden.id}`, {
      participantIds: [acme.user.userId],
    });
    assert.equal(shared.statusCode, 200, shared.body);
    assert.equal((await acme.user.request('GET', `/api/companies/${hidden.id}`)).statusCode, 200);
    const edit = await acme.user.request('PATCH', `/api/companies/${hidden.id}`, { industry: 'Finance' });
    assert.equal(edit.statusCode, 200, 'a participant may edit');
    const del = await acme.user.request('DELETE', `/api/companies/${hidden.id}`);
    assert.equal(del.statusCode, 403);
    assert.equal(del.json().error.code, 'forbidden');

    const usersOwn = (await acme.user.request('POST', '/api/companies', { name: 'User Co' })).json();
    assert.equal((await acme.admin.request('GET', `/api/companies/${usersOwn.id}`)).statusCode, 200);
    assert.equal((await acme.admin.request('DELETE', `/api/companies/${usersOwn.id}`)).statusCode, 204);
    assert.equal((await acme.admin.request('DELETE', `/api/companies/${hidden.id}`)).statusCode, 204);
  });

  test('another account’s company answers 404 like a missing one, and nothing changes', async () => {
    const secret = (await acme.admin.request('POST', '/api/companies', { name: 'Secret Co' })).json();
    const other = await seedAccount(ctx);
    for (const client of [other.admin, other.user]) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { name: 'Stolen' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await client.request(method, `/api/companies/${secret.id}`, body);
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.json().error.code, 'not_found');
      }
      const list = (await client.request('GET', '/api/companies?q=Secret')).json();
      assert.equal(list.total, 0);
    }
    const still = (await acme.admin.request('GET', `/api/companies/${secret.id}`)).json();
    assert.equal(still.name, 'Secret Co');
    assert.equal(still.version, 1);
  });

  test('bad input: unknown fields, wrong types, bad references — 400, nothing written', async () => {
    const other = await seedAccount(ctx);
    const before = await count();
    const cases: unknown[] = [
      { name: 'x', color: 'red' },
      { name: 42 },
      { name: '' },
      { name: 'x', website: 'javascript:alert(1)' },
      { name: 'x', ownerId: other.user.userId },
      { name: 'x', participantIds: [other.admin.userId] },
      { name: 'x', participantIds: ['not-a-uuid'] },
      { name: 'x', customFields: { nope: 1 } },
    ];
    for (const body of cases) {
      const res = await acme.user.request('POST', '/api/companies', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    assert.equal(await count(), before);

    const mine = (await acme.user.request('POST', '/api/companies', { name: 'Stable' })).json();
    for (const body of [{ color: 'red' }, { name: null }, { ownerId: other.user.userId }, { version: 0 }]) {
      const res = await acme.user.request('PATCH', `/api/companies/${mine.id}`, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    const after = (await acme.user.request('GET', `/api/companies/${mine.id}`)).json();
    assert.equal(after.version, 1);
    assert.equal(after.ownerId, acme.user.userId);
    assert.deepEqual(
      (await eventsOf(mine.id)).map((e) => e.type),
      ['company.created'],
    );
    const badQuery = await acme.user.request('GET', '/api/companies?sort=nope');
    assert.equal(badQuery.statusCode, 400);
  });
});
