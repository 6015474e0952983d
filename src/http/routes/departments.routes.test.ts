import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('departments API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const create = async (name: string, parentId?: string) => {
    const res = await acme.admin.request('POST', '/api/departments', { name, parentId });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; name: string; parentId: string | null };
  };

  test('a tree without cycles and with unique names; admins change it, everyone reads it', async () => {
    const sales = await create('Sales');
    const emea = await create('Sales EMEA', sales.id);
    const dach = await create('Sales DACH', emea.id);
    for (const [id, parentId] of [
      [sales.id, dach.id],
      [sales.id, sales.id],
      [emea.id, dach.id],
    ]) {
      const res = await acme.admin.request('PATCH', `/api/departments/${id}`, { parentId });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    const dup = await acme.admin.request('POST', '/api/departments', { name: 'Sales' });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'conflict');
    const renameToTaken = await acme.admin.request('PATCH', `/api/departments/${emea.id}`, { name: 'Sales' });
    assert.equal(renameToTaken.statusCode, 409);
    const unknownParent = await acme.admin.request('POST', '/api/departments', {
      name: 'X',
      parentId: MISSING,
    });
    assert.equal(unknownParent.statusCode, 400);
    assert.equal((await acme.admin.request('POST', '/api/departments', { name: '  ' })).statusCode, 400);

    const moved = await acme.admin.request('PATCH', `/api/departments/${dach.id}`, { parentId: sales.id });
    assert.equal(moved.statusCode, 200);
    assert.equal(moved.json().parentId, sales.id);
    const top = await acme.admin.request('PATCH', `/api/departments/${dach.id}`, { parentId: null });
    assert.equal(top.json().parentId, null);

    for (const [method, url, body] of [
      ['POST', '/api/departments', { name: 'Mine' }],
      ['PATCH', `/api/departments/${sales.id}`, { name: 'Mine' }],
      ['DELETE', `/api/departments/${sales.id}`],
    ] as const) {
      const res = await acme.user.request(method, url, body);
      assert.equal(res.statusCode, 403, `${method} ${url}`);
    }
    const seen = (await acme.user.request('GET', '/api/departments')).json().items;
    assert.deepEqual(
      seen.map((d: { name: string }) => d.name),
      ['Sales', 'Sales DACH', 'Sales EMEA'],
    );
  });

  test('deleting one keeps its people (without a department) and moves its children up', async () => {
    const parent = await create('Support');
    const doomed = await create('Support Tier 1', parent.id);
    const child = await create('Support Tier 1 Nights', doomed.id);
    await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, { departmentId: doomed.id });
    assert.equal((await acme.admin.request('DELETE', `/api/departments/${doomed.id}`)).statusCode, 204);
    const items = (await acme.user.request('GET', '/api/departments')).json().items;
    assert.equal(items.find((d: { id: string }) => d.id === child.id).parentId, parent.id);
    assert.ok(!items.some((d: { id: string }) => d.id === doomed.id));
    const uma = (await acme.user.request('GET', `/api/users/${acme.user.userId}`)).json();
    assert.equal(uma.departmentId, null);
    assert.equal((await acme.admin.request('DELETE', `/api/departments/${doomed.id}`)).statusCode, 404);
  });

  test('another account’s department answers 404, and cannot be used as a parent or a user’s department', async () => {
    const other = await seedAccount(ctx);
    const theirs = (await other.admin.request('POST', '/api/departments', { name: 'Theirs' })).json();
    for (const [method, url, body] of [
      ['PATCH', `/api/departments/${theirs.id}`, { name: 'Ours now' }],
      ['DELETE', `/api/departments/${theirs.id}`],
    ] as const) {
      const foreign = await acme.admin.request(method, url, body);
      const missing = await acme.admin.request(method, url.replace(theirs.id, MISSING), body);
      assert.equal(foreign.statusCode, 404, `${method} ${url}`);
      assert.equal(foreign.json().error.message, missing.json().error.message);
    }
    const asParent = await acme.admin.request('POST', '/api/departments', {
      name: 'Sub',
      parentId: theirs.id,
    });
    assert.equal(asParent.statusCode, 400);
    const asMembership = await acme.admin.request('PATCH', `/api/users/${acme.user.userId}`, {
      departmentId: theirs.id,
    });
    assert.equal(asMembership.statusCode, 400);
    const still = (await other.admin.request('GET', '/api/departments')).json().items;
    assert.deepEqual(
      still.map((d: { name: string }) => d.name),
      ['Theirs'],
    );
    const ours = (await acme.admin.request('GET', '/api/departments')).json().items;
    assert.ok(!ours.some((d: { id: string }) => d.id === theirs.id));
  });
});
