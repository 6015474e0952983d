import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

describe('custom fields API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  const eventsOf = async (id: string) =>
    (await ctx.store.pool.query('select type, payload from events where entity_id = $1 order by seq', [id]))
      .rows as { type: string; payload: Record<string, unknown> }[];
  const count = async () =>
    (await ctx.store.pool.query('select count(*)::int as n from custom_field_defs')).rows[0].n;

  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  test('an admin defines, changes and deletes a field; everyone reads the list; events are written', async () => {
    const created = await acme.admin.request('POST', '/api/custom-fields', {
      entityType: 'deal',
      key: 'lead_source',
      label: 'Lead source',
      type: 'select',
      options: ['Web', 'Referral', 'Event'],
      required: false,
    });
    assert.equal(created.statusCode, 201, created.body);
    const field = created.json();
    assert.equal(field.sort, 0);
    const second = (
      await acme.admin.request('POST', '/api/custom-fields', {
        entityType: 'deal',
        key: 'tags',
        label: 'Tags',
        type: 'multiselect',
        options: ['hot', 'cold'],
      })
    ).json();
    assert.equal(second.sort, 10, 'a field without a position goes after the others');
    await acme.admin.request('POST', '/api/custom-fields', {
      entityType: 'contact',
      key: 'birthday',
      label: 'Birthday',
      type: 'date',
    });

    const all = (await acme.user.request('GET', '/api/custom-fields')).json();
    assert.deepEqual(
      all.items.map((f: { key: string }) => f.key),
      ['birthday', 'lead_source', 'tags'],
    );
    const dealsOnly = (await acme.user.request('GET', '/api/custom-fields?entityType=deal')).json();
    assert.deepEqual(
      dealsOnly.items.map((f: { key: string }) => f.key),
      ['lead_source', 'tags'],
    );
    assert.equal(
      (await acme.user.request('GET', `/api/custom-fields/${field.id}`)).json().label,
      'Lead source',
    );

    // The definition governs deal values.
    const deal = await acme.user.request('POST', '/api/deals', {
      title: 'Tagged',
      customFields: { lead_source: 'Web', tags: ['hot'] },
    });
    assert.equal(deal.statusCode, 201, deal.body);
    const badValue = await acme.user.request('POST', '/api/deals', {
      title: 'x',
      customFields: { lead_source: 'Carrier pigeon' },
    });
    assert.equal(badValue.statusCode, 400);

    const renamed = await acme.admin.request('PATCH', `/api/custom-fields/${field.id}`, {
      label: 'Source',
      options: ['Web', 'Referral', 'Event', 'Partner'],
      type: 'select',
      required: true,
      sort: 5,
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().label, 'Source');
    assert.equal(renamed.json().required, true);
    assert.equal(renamed.json().key, 'lead_source');
    const missing = await acme.user.request('POST', '/api/deals', { title: 'No source' });
    assert.equal(missing.statusCode, 400, 'a required field must be given');

    // Removing an option a deal still uses would leave that deal unsaveable.
    const inUse = await acme.admin.request('PATCH', `/api/custom-fields/${field.id}`, {
      options: ['Referral'],
    });
    assert.equal(inUse.statusCode, 409, inUse.body);
    assert.equal(inUse.json().error.code, 'conflict');
    assert.deepEqual(inUse.json().error.details.removed, ['Web', 'Event', 'Partner']);
    const tagInUse = await acme.admin.request('PATCH', `/api/custom-fields/${second.id}`, {
      options: ['cold'],
    });
    assert.equal(tagInUse.statusCode, 409);
    const unusedOption = await acme.admin.request('PATCH', `/api/custom-fields/${second.id}`, {
      options: ['hot'],
    });
    assert.equal(unusedOption.statusCode, 200, 'an option nobody uses may go');

    const retype = await acme.admin.request('PATCH', `/api/custom-fields/${field.id}`, { type: 'text' });
    assert.equal(retype.statusCode, 409);
    assert.equal(retype.json().error.code, 'conflict');
    assert.equal((await acme.user.request('GET', `/api/custom-fields/${field.id}`)).json().type, 'select');

    // Deleting a field removes its values, so the deal stays saveable.
    const dealId = deal.json().id;
    assert.equal((await acme.admin.request('DELETE', `/api/custom-fields/${second.id}`)).statusCode, 204);
    const after = (await acme.user.request('GET', `/api/deals/${dealId}`)).json();
    assert.deepEqual(after.customFields, { lead_source: 'Web' });
    assert.equal(after.version, 2, 'removing a value is a change of the record');
    const resave = await acme.user.request('PATCH', `/api/deals/${dealId}`, {
      customFields: { lead_source: 'Referral' },
    });
    assert.equal(resave.statusCode, 200, resave.body);
    assert.equal((await acme.user.request('GET', `/api/custom-fields/${second.id}`)).statusCode, 404);

    assert.deepEqual(
      (await eventsOf(field.id)).map((e) => e.type),
      ['custom_field.created', 'custom_field.updated'],
    );
    const removed = await eventsOf(second.id);
    assert.deepEqual(
      removed.map((e) => e.type),
      ['custom_field.created', 'custom_field.updated', 'custom_field.deleted'],
    );
    assert.equal(removed[2]!.payload.clearedRecords, 1);
  });

  test('keys are unique per entity type', async () => {
    const body = { entityType: 'company', key: 'region', label: 'Region', type: 'text' };
    assert.equal((await acme.admin.request('POST', '/api/custom-fields', body)).statusCode, 201);
    const again = await acme.admin.request('POST', '/api/custom-fields', { ...body, label: 'Other' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'conflict');
    const elsewhere = await acme.admin.request('POST', '/api/custom-fields', {
      ...body,
      entityType: 'contact',
    });
    assert.equal(elsewhere.statusCode, 201, 'the same key on another entity type is another field');
  });

  test('only admins change the field schema', async () => {
    const field = (
      await acme.admin.request('POST', '/api/custom-fields', {
        entityType: 'company',
        key: 'tier',
        label: 'Tier',
        type: 'text',
      })
    ).json();
    const before = await count();
    const attempts = [
      await acme.user.request('POST', '/api/custom-fields', {
        entityType: 'deal',
        key: 'mine',
        label: 'Mine',
        type: 'text',
      }),
      await acme.user.request('PATCH', `/api/custom-fields/${field.id}`, { label: 'Hijacked' }),
      await acme.user.request('DELETE', `/api/custom-fields/${field.id}`),
    ];
    for (const res of attempts) {
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error.code, 'forbidden');
    }
    assert.equal(await count(), before);
    assert.equal((await acme.user.request('GET', `/api/custom-fields/${field.id}`)).json().label, 'Tier');
  });

  test('another account’s field answers 404 and is not listed', async () => {
    const secret = (
      await acme.admin.request('POST', '/api/custom-fields', {
        entityType: 'deal',
        key: 'secret_margin',
        label: 'Margin',
        type: 'number',
      })
    ).json();
    const other = await seedAccount(ctx);
    for (const client of [other.admin, other.user]) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { label: 'Stolen' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await client.request(method, `/api/custom-fields/${secret.id}`, body);
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.json().error.code, 'not_found');
      }
      assert.equal((await client.request('GET', '/api/custom-fields')).json().items.length, 0);
    }
    // The other account's deals do not know this account's fields.
    const deal = await other.admin.request('POST', '/api/deals', {
      title: 'x',
      customFields: { secret_margin: 1 },
    });
    assert.equal(deal.statusCode, 400);
    assert.equal((await acme.admin.request('GET', `/api/custom-fields/${secret.id}`)).json().label, 'Margin');
  });

  test('bad input: unknown fields, wrong types, bad keys and options — 400, nothing written', async () => {
    const before = await count();
    const base = { entityType: 'deal', key: 'ok_key', label: 'OK', type: 'text' };
    const cases: unknown[] = [
      { ...base, colour: 'red' },
      { ...base, label: 42 },
      { ...base, key: 'Bad Key' },
      { ...base, key: 'trailing_' },
      { ...base, key: '1st' },
      { ...base, entityType: 'task' },
      { ...base, type: 'json' },
      { ...base, type: 'select' },
      { ...base, type: 'multiselect', options: [] },
      { ...base, type: 'select', options: ['a', 'a'] },
      { ...base, options: ['a'] },
      { ...base, required: 'yes' },
    ];
    for (const body of cases) {
      const res = await acme.admin.request('POST', '/api/custom-fields', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    assert.equal(await count(), before);

    const select = (
      await acme.admin.request('POST', '/api/custom-fields', {
        ...base,
        key: 'stage_reason',
        type: 'select',
        options: ['price'],
      })
    ).json();
    for (const body of [{ key: 'renamed' }, { entityType: 'contact' }, { options: [] }, { sort: 'first' }]) {
      const res = await acme.admin.request('PATCH', `/api/custom-fields/${select.id}`, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
    }
    const after = (await acme.admin.request('GET', `/api/custom-fields/${select.id}`)).json();
    assert.deepEqual(after.options, ['price']);
    assert.equal(after.key, 'stage_reason');
    assert.equal((await acme.admin.request('GET', '/api/custom-fields?entityType=task')).statusCode, 400);
  });
});
