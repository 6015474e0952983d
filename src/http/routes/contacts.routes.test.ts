import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

describe('contacts API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  const eventsOf = async (id: string) =>
    (await ctx.store.pool.query('select type, payload from events where entity_id = $1 order by seq', [id]))
      .rows as { type: string; payload: Record<string, unknown> }[];
  const count = async () => (await ctx.store.pool.query('select count(*)::int as n from contacts')).rows[0].n;

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('create with a company, search by name, email and phone, update, delete — with events', async () => {
    const company = (await acme.user.request('POST', '/api/companies', { name: 'Globex' })).json();
    const created = await acme.user.request('POST', '/api/contacts', {
      firstName: 'Hank',
      lastName: 'Scorpio',
      email: '  Hank@Globex.Example ',
      phone: '+1 555 0199',
      position: 'CEO',
      companyId: company.id,
    });
    assert.equal(created.statusCode, 201, created.body);
    const hank = created.json();
    assert.equal(hank.email, 'hank@globex.example', 'emails are trimmed and lower-cased');
    assert.equal(hank.ownerId, acme.user.userId);
    assert.equal(hank.companyId, company.id);
    const marge = (
      await acme.user.request('POST', '/api/contacts', { firstName: 'Marge', lastName: 'Simpson' })
    ).json();
    assert.equal(marge.email, null);

    const search = async (query: string) =>
      (await acme.user.request('GET', `/api/contacts?${query}`))
        .json()
        .items.map((c: { id: string }) => c.id);
    assert.deepEqual(await search('q=hank%20scor'), [hank.id], 'full name');
    assert.deepEqual(await search('q=GLOBEX.example'), [hank.id], 'email');
    assert.deepEqual(await search('q=555%200199'), [hank.id], 'phone');
    assert.deepEqual(await search(`companyId=${company.id}`), [hank.id]);
    assert.deepEqual(await search('sort=lastName&order=asc'), [hank.id, marge.id]);
    assert.deepEqual(await search(`ownerId=${acme.admin.userId}`), []);
    const page = (await acme.user.request('GET', '/api/contacts?limit=1&offset=1&sort=lastName')).json();
    assert.equal(page.total, 2);
    assert.deepEqual(
      page.items.map((c: { id: string }) => c.id),
      [marge.id],
    );

    const patched = await acme.user.request('PATCH', `/api/contacts/${hank.id}`, {
      position: 'Chairman',
      companyId: null,
      version: 1,
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().companyId, null);
    assert.equal(patched.json().version, 2);
    const stale = await acme.user.request('PATCH', `/api/contacts/${hank.id}`, { position: 'x', version: 1 });
    assert.equal(stale.json().error.code, 'version_conflict');

    assert.equal((await acme.user.request('DELETE', `/api/contacts/${hank.id}`)).statusCode, 204);
    assert.equal((await acme.user.request('GET', `/api/contacts/${hank.id}`)).statusCode, 404);
    const events = await eventsOf(hank.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['contact.created', 'contact.updated', 'contact.deleted'],
    );
    assert.equal(events[0]!.payload.companyId, company.id);
  });

  test('custom fields use the contact definitions', async () => {
    await acme.admin.request('POST', '/api/custom-fields', {
      entityType: 'contact',
      key: 'linkedin',
      label: 'LinkedIn',
      type: 'url',
    });
    const ok = await acme.user.request('POST', '/api/contacts', {
      firstName: 'Ada',
      customFields: { linkedin: 'https://linkedin.example/in/ada' },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const bad = await acme.user.request('POST', '/api/contacts', {
      firstName: 'Ada',
      customFields: { linkedin: 'not a url' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].path, 'customFields.linkedin');
  });

  test('visibility: owner, participant, admin; delete by owner or admin only', async () => {
    const vip = (await acme.admin.request('POST', '/api/contacts', { firstName: 'Vip' })).json();
    assert.equal((await acme.user.request('GET', `/api/contacts/${vip.id}`)).statusCode, 404);
    assert.equal((await acme.user.request('DELETE', `/api/contacts/${vip.id}`)).statusCode, 404);
    const shared = await acme.admin.request('PATCH', `/api/contacts/${vip.id}`, {
      participantIds: [acme.user.userId],
    });
    assert.equal(shared.statusCode, 200, shared.body);
    const seen = await acme.user.request('GET', `/api/contacts/${vip.id}`);
    assert.equal(seen.statusCode, 200);
    assert.equal(
      (await acme.user.request('PATCH', `/api/contacts/${vip.id}`, { position: 'Buyer' })).statusCode,
      200,
    );
    const del = await acme.user.request('DELETE', `/api/contacts/${vip.id}`);
    assert.equal(del.statusCode, 403);
    assert.equal(del.json().error.code, 'forbidden');

    const handedOver = await acme.admin.request('PATCH', `/api/contacts/${vip.id}`, {
      ownerId: acme.user.userId,
      participantIds: [],
    });
    assert.equal(handedOver.statusCode, 200);
    assert.equal((await acme.user.request('DELETE', `/api/contacts/${vip.id}`)).statusCode, 204);
  });

  test('another account’s contact answers 404, and its list does not show it', async () => {
    const secret = (await acme.admin.request('POST', '/api/contacts', { firstName: 'Secret' })).json();
    const other = await seedAccount(ctx);
    for (const client of [other.admin, other.user]) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { firstName: 'Stolen' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await client.request(method, `/api/contacts/${secret.id}`, body);
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.json().error.code, 'not_found');
      }
      assert.equal((await client.request('GET', '/api/contacts?q=Secret')).json().total, 0);
    }
    assert.equal((await acme.admin.request('GET', `/api/contacts/${secret.id}`)).json().firstName, 'Secret');
  });

  test('bad input: unknown fields, wrong types, bad references — 400, nothing written', async () => {
    const other = await seedAccount(ctx);
    const foreignCompany = (await other.admin.request('POST', '/api/companies', { name: 'Foreign' })).json();
    const before = await count();
    const cases: unknown[] = [
      { firstName: 'x', nickname: 'y' },
      { firstName: 7 },
      { lastName: 'only' },
      { firstName: 'x', email: 'not-an-email' },
      { firstName: 'x', companyId: foreignCompany.id },
      { firstName: 'x', companyId: '00000000-0000-4000-8000-000000000000' },
      { firstName: 'x', ownerId: other.admin.userId },
      { firstName: 'x', customFields: { nope: true } },
    ];
    for (const body of cases) {
      const res = await acme.user.request('POST', '/api/contacts', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    assert.equal(await count(), before);

    const mine = (await acme.user.request('POST', '/api/contacts', { firstName: 'Stable' })).json();
    for (const body of [{ nickname: 'y' }, { email: 5 }, { companyId: foreignCompany.id }]) {
      const res = await acme.user.request('PATCH', `/api/contacts/${mine.id}`, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
    }
    const after = (await acme.user.request('GET', `/api/contacts/${mine.id}`)).json();
    assert.equal(after.version, 1);
    assert.equal(after.companyId, null);
  });
});
