import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('calls API', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  before(async () => {
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
  });
  after(() => ctx.close());

  const eventsOf = async (id: string) =>
    (
      await ctx.store.pool.query<{ type: string; payload: Record<string, unknown> }>(
        'select type, payload from events where entity_id = $1 order by seq',
        [id],
      )
    ).rows;

  test('lifecycle: planned → started → ended, with events and a duration', async () => {
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Call deal' })).json();
    const contact = (
      await acme.user.request('POST', '/api/contacts', { firstName: 'Dana', lastName: 'Buyer' })
    ).json();
    const created = await acme.user.request('POST', '/api/calls', {
      subject: 'Discovery',
      direction: 'outbound',
      dealId: deal.id,
      contactId: contact.id,
      participants: [{ name: 'Dana Buyer', phone: '+1 555 0100', role: 'customer', contactId: contact.id }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const call = created.json();
    assert.equal(call.status, 'planned');
    assert.equal(call.ownerId, acme.user.userId);
    assert.equal(call.startedAt, null);

    const started = await acme.user.request('POST', `/api/calls/${call.id}/start`);
    assert.equal(started.statusCode, 200, started.body);
    assert.equal(started.json().status, 'in_progress');
    assert.ok(started.json().startedAt);
    const again = await acme.user.request('POST', `/api/calls/${call.id}/start`);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'conflict');

    const ended = (await acme.user.request('POST', `/api/calls/${call.id}/end`)).json();
    assert.equal(ended.status, 'ended');
    assert.ok(ended.durationSeconds >= 0);
    assert.equal((await acme.user.request('POST', `/api/calls/${call.id}/end`)).statusCode, 409);
    assert.equal((await acme.user.request('POST', `/api/calls/${call.id}/start`)).statusCode, 409);

    const events = await eventsOf(call.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['call.created', 'call.started', 'call.ended'],
    );
    assert.deepEqual(events[1]!.payload, { dealId: deal.id, contactId: contact.id, direction: 'outbound' });
    assert.deepEqual(
      { ...events[2]!.payload, durationSeconds: typeof events[2]!.payload.durationSeconds },
      {
        dealId: deal.id,
        contactId: contact.id,
        direction: 'outbound',
        durationSeconds: 'number',
        hasRecording: false,
        hasTranscript: false,
      },
    );

    const transcript = await acme.user.request('PUT', `/api/calls/${call.id}/transcript`, {
      text: 'Agent: Hello.\nCustomer: Hi, we need 40 seats by March.',
      segments: [
        { speaker: 'Agent', start: 0, end: 1.2, text: 'Hello.' },
        { speaker: 'Customer', start: 1.4, end: 4, text: 'Hi, we need 40 seats by March.' },
      ],
    });
    assert.equal(transcript.statusCode, 200, transcript.body);
    assert.equal(transcript.json().transcriptSegments.length, 2);
    assert.match(transcript.json().transcript, /40 seats/);
    const last = (await eventsOf(call.id)).at(-1)!;
    assert.equal(last.type, 'call.transcript_updated');
    assert.equal(last.payload.hasTranscript, true);
    const backwardsSegment = await acme.user.request('PUT', `/api/calls/${call.id}/transcript`, {
      text: 'x',
      segments: [{ speaker: 'A', start: 5, end: 1, text: 'x' }],
    });
    assert.equal(backwardsSegment.statusCode, 400);
  });

  test('logging a past call emits the whole story; times must make sense', async () => {
    const logged = await acme.user.request('POST', '/api/calls', {
      direction: 'inbound',
      status: 'ended',
      startedAt: '2026-01-01T10:00:00Z',
      endedAt: '2026-01-01T10:05:00Z',
    });
    assert.equal(logged.statusCode, 201, logged.body);
    assert.equal(logged.json().durationSeconds, 300);
    const events = await eventsOf(logged.json().id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['call.created', 'call.started', 'call.ended'],
    );
    assert.equal(events[2]!.payload.durationSeconds, 300);

    const missed = (
      await acme.user.request('POST', '/api/calls', { direction: 'inbound', status: 'missed' })
    ).json();
    assert.deepEqual(
      (await eventsOf(missed.id)).map((e) => e.type),
      ['call.created'],
    );

    const before = await ctx.store.pool.query('select count(*)::int as n from calls');
    const bad: unknown[] = [
      {
        direction: 'inbound',
        status: 'ended',
        startedAt: '2026-01-01T10:00:00Z',
        endedAt: '2026-01-01T09:00:00Z',
      },
      { direction: 'inbound', status: 'planned', endedAt: '2026-01-01T09:00:00Z' },
      { direction: 'sideways' },
      { direction: 'inbound', status: 'ringing' },
      { direction: 'inbound', accountId: MISSING },
      { direction: 'inbound', participants: [{ phone: '+1 555' }] },
    ];
    for (const body of bad) {
      const res = await acme.user.request('POST', '/api/calls', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed');
    }
    const after = await ctx.store.pool.query('select count(*)::int as n from calls');
    assert.equal(after.rows[0].n, before.rows[0].n);

    // Times can be corrected later, within the same rules.
    const fixed = await acme.user.request('PATCH', `/api/calls/${logged.json().id}`, {
      endedAt: '2026-01-01T10:10:00Z',
      version: logged.json().version,
    });
    assert.equal(fixed.statusCode, 200, fixed.body);
    assert.equal(fixed.json().durationSeconds, 600);
    const stale = await acme.user.request('PATCH', `/api/calls/${logged.json().id}`, {
      subject: 'x',
      version: logged.json().version,
    });
    assert.equal(stale.json().error.code, 'version_conflict');
    const inverted = await acme.user.request('PATCH', `/api/calls/${logged.json().id}`, {
      startedAt: '2026-01-01T11:00:00Z',
    });
    assert.equal(inverted.statusCode, 400);
  });

  test('references: users and deals of the account that the actor can see', async () => {
    const other = await seedAccount(ctx);
    const foreignDeal = (await other.admin.request('POST', '/api/deals', { title: 'Theirs' })).json();
    const hiddenDeal = (await acme.admin.request('POST', '/api/deals', { title: 'Admin only' })).json();
    const cases: [string, unknown][] = [
      ['foreign owner', { ownerId: other.user.userId }],
      ['foreign participant id', { participantIds: [other.user.userId] }],
      ['foreign participant user', { participants: [{ name: 'X', userId: other.user.userId }] }],
      ['foreign deal', { dealId: foreignDeal.id }],
      ['deal the user cannot see', { dealId: hiddenDeal.id }],
      ['missing deal', { dealId: MISSING }],
      ['missing contact', { contactId: MISSING }],
    ];
    for (const [what, extra] of cases) {
      const res = await acme.user.request('POST', '/api/calls', {
        direction: 'outbound',
        ...(extra as object),
      });
      assert.equal(res.statusCode, 400, `${what} → ${res.body}`);
      assert.equal(res.json().error.code, 'validation_failed', what);
    }
    // The hidden deal and a missing one are told apart by nothing but their id.
    const hidden = await acme.user.request('POST', '/api/calls', {
      direction: 'outbound',
      dealId: hiddenDeal.id,
    });
    const missing = await acme.user.request('POST', '/api/calls', { direction: 'outbound', dealId: MISSING });
    assert.equal(hidden.json().error.message, missing.json().error.message);
    const ok = await acme.admin.request('POST', '/api/calls', {
      direction: 'outbound',
      dealId: hiddenDeal.id,
    });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('visibility: owner and participants see a call, admins see all, others get 404', async () => {
    const own = (
      await acme.admin.request('POST', '/api/calls', { direction: 'outbound', subject: 'Board' })
    ).json();
    const routes = callRoutes(own.id);
    for (const [method, url, body, headers] of routes) {
      const res = await acme.user.request(method, url, body, headers);
      assert.equal(res.statusCode, 404, `${method} ${url} → ${res.body}`);
    }
    assert.equal((await acme.admin.request('GET', `/api/calls/${own.id}`)).json().version, own.version);
    const listed = (await acme.user.request('GET', '/api/calls?limit=200')).json();
    assert.ok(!listed.items.some((c: { id: string }) => c.id === own.id));

    // Named as a participant (by participantIds or by a participant entry with a userId): visible.
    const asEntry = await acme.admin.request('PATCH', `/api/calls/${own.id}`, {
      participants: [{ name: 'Uma User', userId: acme.user.userId, role: 'sales' }],
    });
    assert.equal(asEntry.statusCode, 200, asEntry.body);
    assert.deepEqual(asEntry.json().participantIds, [acme.user.userId]);
    assert.equal((await acme.user.request('GET', `/api/calls/${own.id}`)).statusCode, 200);
    assert.equal((await acme.user.request('POST', `/api/calls/${own.id}/start`)).statusCode, 200);
    const del = await acme.user.request('DELETE', `/api/calls/${own.id}`);
    assert.equal(del.statusCode, 403, 'a participant may not delete the owner’s call');
    assert.equal((await acme.admin.request('DELETE', `/api/calls/${own.id}`)).statusCode, 204);
    assert.equal((await acme.admin.request('GET', `/api/calls/${own.id}`)).statusCode, 404);
    assert.equal((await eventsOf(own.id)).at(-1)!.type, 'call.deleted');
  });

  test('another account’s call answers 404 on every route, exactly like a missing one, and is not touched', async () => {
    const theirs = (
      await acme.user.request('POST', '/api/calls', { direction: 'inbound', recordingConsent: true })
    ).json();
    const other = await seedAccount(ctx);
    for (const [method, url, body, headers] of callRoutes(theirs.id)) {
      const foreign = await other.admin.request(method, url, body, headers);
      const missing = await other.admin.request(method, url.replace(theirs.id, MISSING), body, headers);
      assert.equal(foreign.statusCode, 404, `${method} ${url} → ${foreign.body}`);
      assert.equal(foreign.json().error.code, 'not_found');
      assert.equal(foreign.json().error.message, missing.json().error.message, `${method} ${url}`);
    }
    const still = (await acme.user.request('GET', `/api/calls/${theirs.id}`)).json();
    assert.equal(still.version, theirs.version);
    assert.equal(still.status, 'planned');
    assert.deepEqual(
      (await eventsOf(theirs.id)).map((e) => e.type),
      ['call.created'],
    );
  });

  test('list: filters, search, sort and pages', async () => {
    const team = await seedAccount(ctx);
    const deal = (await team.user.request('POST', '/api/deals', { title: 'Filter deal' })).json();
    const mk = async (body: object) => (await team.user.request('POST', '/api/calls', body)).json();
    const a = await mk({ direction: 'inbound', subject: 'Pricing question', dealId: deal.id });
    const b = await mk({
      direction: 'outbound',
      subject: 'Renewal 100% sure',
      status: 'ended',
      startedAt: '2026-02-01T09:00:00Z',
      endedAt: '2026-02-01T09:30:00Z',
    });
    const c = await mk({
      direction: 'outbound',
      subject: 'Kick-off',
      status: 'ended',
      startedAt: '2026-01-01T09:00:00Z',
      endedAt: '2026-01-01T09:30:00Z',
    });
    const byAdmin = (await team.admin.request('POST', '/api/calls', { direction: 'inbound' })).json();
    const ids = async (query: string, who = team.user) => {
      const res = await who.request('GET', `/api/calls?${query}`);
      assert.equal(res.statusCode, 200, `${query} → ${res.body}`);
      return res.json().items.map((x: { id: string }) => x.id);
    };
    assert.deepEqual(await ids('status=ended&sort=startedAt&order=asc'), [c.id, b.id]);
    assert.deepEqual(await ids('status=planned,ended&direction=inbound'), [a.id]);
    assert.deepEqual(await ids(`dealId=${deal.id}`), [a.id]);
    assert.deepEqual(await ids('q=100%25'), [b.id], 'the % in a search is literal');
    assert.deepEqual(await ids('q=PRICING'), [a.id]);
    assert.deepEqual(await ids(`ownerId=${team.admin.userId}`), []);
    assert.deepEqual(await ids(`ownerId=${team.admin.userId}`, team.admin), [byAdmin.id]);
    const page = (
      await team.admin.request('GET', '/api/calls?limit=2&offset=1&sort=createdAt&order=asc')
    ).json();
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.items.map((x: { id: string }) => x.id),
      [b.id, c.id],
    );
    for (const bad of ['status=ringing', 'limit=0', 'sort=secret', `dealId=nope`]) {
      const res = await team.user.request('GET', `/api/calls?${bad}`);
      assert.equal(res.statusCode, 400, bad);
    }
  });
});

/** Every route that addresses one call, with a body that would otherwise be accepted. */
function callRoutes(id: string): [string, string, unknown?, Record<string, string>?][] {
  const riff = Buffer.alloc(64);
  riff.write('RIFF', 0);
  riff.write('WAVE', 8);
  return [
    ['GET', `/api/calls/${id}`],
    ['PATCH', `/api/calls/${id}`, { subject: 'changed' }],
    ['POST', `/api/calls/${id}/start`],
    ['POST', `/api/calls/${id}/end`],
    ['PUT', `/api/calls/${id}/transcript`, { text: 'hello' }],
    ['PUT', `/api/calls/${id}/recording`, riff, { 'content-type': 'audio/wav' }],
    ['GET', `/api/calls/${id}/recording`],
    ['DELETE', `/api/calls/${id}/recording`],
    ['DELETE', `/api/calls/${id}`],
  ];
}
