import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type ProtocolServer, startProtocolServer } from '../../ai/testing/protocol-server.js';
import { EventDispatcher } from '../../events/dispatcher.js';
import { emitEvent } from '../../events/outbox.js';
import { BUILT_IN_SUBSCRIBERS } from '../../events/subscribers/index.js';
import {
  type Client,
  connectModelServer,
  seedAccount,
  startTestApp,
  type TestContext,
} from '../../testing/harness.js';

type Hint = {
  kind: string;
  status: string;
  text: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: the shape depends on the hint kind
  output: any;
  label: string | null;
  errorCode: string | null;
  technologyId: string | null;
};

/** Event-triggered CoPilot end to end: events → pending hints → the governed pipeline → hints on the page. */
describe('CoPilot hints', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let dispatcher: EventDispatcher;
  let server: ProtocolServer;

  before(async () => {
    server = await startProtocolServer();
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
    dispatcher = new EventDispatcher({ db: ctx.store.db, subscribers: BUILT_IN_SUBSCRIBERS });
    const ok = await acme.admin.request('POST', '/api/ai/consent/terms', { version: 1 });
    assert.equal(ok.statusCode, 200, ok.body);
  });
  after(async () => {
    await ctx.close();
    await server.close();
  });

  const hints = async (who: Client, type: string, id: string) => {
    const res = await who.request('GET', `/api/copilot/hints/${type}/${id}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items as Hint[];
  };
  /** Delivers the events, then waits for the hint worker (the app's own) to settle the hint. */
  const settled = async (who: Client, type: string, id: string, kind: string): Promise<Hint> => {
    await dispatcher.drain();
    for (let i = 0; i < 500; i++) {
      const h = (await hints(who, type, id)).find((x) => x.kind === kind);
      if (h && (h.status === 'ready' || h.status === 'failed')) return h;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.fail(`the ${kind} hint did not settle`);
  };
  const aiRequests = async () =>
    Number(
      (
        await ctx.store.pool.query('select count(*) from ai_requests where account_id = $1', [
          acme.account.id,
        ])
      ).rows[0].count,
    );
  const newDeal = async (title: string, extra: object = {}) => {
    const res = await acme.admin.request('POST', '/api/deals', {
      title,
      amount: 48000,
      currency: 'EUR',
      ...extra,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; version: number };
  };
  const comment = async (who: Client, dealId: string, body: string) => {
    const res = await who.request('POST', `/api/deals/${dealId}/messages`, { body });
    assert.equal(res.statusCode, 201, res.body);
  };

  test('opening a deal prepares a labelled brief with the local engine', async () => {
    const deal = await newDeal('Northwind renewal', { expectedCloseDate: '2026-12-15' });
    await comment(
      acme.admin,
      deal.id,
      'Anna confirmed the budget of 48,000 EUR. Legal review is the open question.',
    );
    await comment(
      acme.admin,
      deal.id,
      'Northwind is also evaluating a competitor. We agreed to send the revised quote by Friday.',
    );
    assert.equal((await acme.admin.request('POST', `/api/deals/${deal.id}/open`)).statusCode, 204);
    const brief = await settled(acme.admin, 'deal', deal.id, 'deal_brief');
    assert.equal(brief.status, 'ready', JSON.stringify(brief));
    assert.equal(brief.technologyId, 'local');
    assert.match(brief.label ?? '', /AI-generated/);
    assert.ok((brief.text ?? '').length > 40, `a useful brief: ${brief.text}`);
    assert.ok(Array.isArray(brief.output.risks), 'the brief lists risks');
  });

  test('an event storm for one deal computes one brief; re-opening an unchanged deal costs nothing', async () => {
    const deal = await newDeal('Globex pilot');
    const before = await aiRequests();
    await ctx.store.db.transaction(async (tx) => {
      for (let i = 0; i < 1000; i++)
        await emitEvent(tx, {
          accountId: acme.account.id,
          type: 'deal.opened',
          actorUserId: acme.admin.userId,
          entityType: 'deal',
          entityId: deal.id,
        });
    });
    const brief = await settled(acme.admin, 'deal', deal.id, 'deal_brief');
    assert.equal(brief.status, 'ready', JSON.stringify(brief));
    assert.equal((await aiRequests()) - before, 1, 'one AI request for a thousand events');
    assert.equal((await acme.admin.request('POST', `/api/deals/${deal.id}/open`)).statusCode, 204);
    await dispatcher.drain();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await aiRequests()) - before, 1, 're-opening an unchanged deal asks nothing');
    // A new comment is a new version of the deal's story: the brief is computed again.
    await comment(acme.admin, deal.id, 'Globex asked for a second workshop next Tuesday.');
    assert.equal((await acme.admin.request('POST', `/api/deals/${deal.id}/open`)).statusCode, 204);
    await dispatcher.drain();
    for (let i = 0; i < 200 && (await aiRequests()) - before < 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    assert.equal((await aiRequests()) - before, 2, 'a changed deal gets a fresh brief');
  });

  test('a hint for a deal the user cannot see is never computed or shown', async () => {
    const deal = await newDeal('Initech secret deal');
    const before = await aiRequests();
    // An external CRM says the regular user opened it, but they are neither owner nor participant.
    await emitEvent(ctx.store.db, {
      accountId: acme.account.id,
      type: 'deal.opened',
      actorUserId: acme.user.userId,
      entityType: 'deal',
      entityId: deal.id,
    });
    const hint = await settled(acme.admin, 'deal', deal.id, 'deal_brief');
    assert.equal(hint.status, 'failed');
    assert.equal(hint.errorCode, 'not_found');
    assert.equal(hint.text, null);
    assert.equal(await aiRequests(), before, 'nothing was asked');
    const res = await acme.user.request('GET', `/api/copilot/hints/deal/${deal.id}`);
    assert.equal(res.statusCode, 404, 'the user cannot list hints of a deal they cannot see');
  });

  test('without the AI terms the hint says what to accept; after accepting, a refresh computes it', async () => {
    const res = await acme.user.request('POST', '/api/deals', { title: 'Umbrella upsell', amount: 1200 });
    assert.equal(res.statusCode, 201, res.body);
    const deal = res.json();
    assert.equal((await acme.user.request('POST', `/api/deals/${deal.id}/open`)).statusCode, 204);
    const denied = await settled(acme.user, 'deal', deal.id, 'deal_brief');
    assert.equal(denied.errorCode, 'consent_required');
    assert.equal((await acme.user.request('POST', '/api/ai/consent/terms', { version: 1 })).statusCode, 200);
    const again = await acme.user.request('POST', `/api/copilot/hints/deal/${deal.id}/deal_brief/refresh`);
    assert.equal(again.statusCode, 202, again.body);
    const brief = await settled(acme.user, 'deal', deal.id, 'deal_brief');
    assert.equal(brief.status, 'ready', JSON.stringify(brief));
  });

  test('a switched-off trigger prepares nothing; only admins may switch', async () => {
    assert.equal(
      (await acme.user.request('PUT', '/api/copilot/triggers/deal.opened', { enabled: false })).statusCode,
      403,
    );
    const off = await acme.admin.request('PUT', '/api/copilot/triggers/deal.opened', { enabled: false });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json().enabled, false);
    const deal = await newDeal('Soylent expansion');
    assert.equal((await acme.admin.request('POST', `/api/deals/${deal.id}/open`)).statusCode, 204);
    await dispatcher.drain();
    assert.deepEqual(await hints(acme.admin, 'deal', deal.id), []);
    const list = (await acme.admin.request('GET', '/api/copilot/triggers')).json().items;
    assert.equal(list.find((t: { trigger: string }) => t.trigger === 'deal.opened').enabled, false);
    await acme.admin.request('PUT', '/api/copilot/triggers/deal.opened', { enabled: true });
  });

  test('a call with a transcript gets a summary with action items; a new task gets a checklist', async () => {
    const deal = await newDeal('Hooli migration');
    const call = await acme.admin.request('POST', '/api/calls', {
      subject: 'Scoping call',
      direction: 'outbound',
      status: 'ended',
      dealId: deal.id,
      startedAt: '2026-11-20T10:00:00Z',
      endedAt: '2026-11-20T10:30:00Z',
    });
    assert.equal(call.statusCode, 201, call.body);
    const transcript = await acme.admin.request('PUT', `/api/calls/${call.json().id}/transcript`, {
      text:
        'Gavin: We agreed on a pilot with 40 seats. Sounds good to us. ' +
        'Richard: I will send the security questionnaire by Friday. ' +
        'Gavin: Our CFO needs the final price before December 10.',
    });
    assert.ok([200, 201].includes(transcript.statusCode), transcript.body);
    const summary = await settled(acme.admin, 'call', call.json().id, 'call_summary');
    assert.equal(summary.status, 'ready', JSON.stringify(summary));
    assert.ok(summary.output.actionItems.length >= 1, `action items: ${JSON.stringify(summary.output)}`);

    const task = await acme.admin.request('POST', '/api/tasks', {
      title: 'Prepare the Hooli pilot',
      description: 'send the contract to legal and book the kickoff meeting. then update the pricing sheet',
      dealId: deal.id,
    });
    assert.equal(task.statusCode, 201, task.body);
    const checklist = await settled(acme.admin, 'task', task.json().id, 'task_checklist');
    assert.equal(checklist.status, 'ready', JSON.stringify(checklist));
    assert.ok(checklist.output.checklist.length >= 2, JSON.stringify(checklist.output));
  });

  test('with an OpenAI-compatible technology as the deal default, the brief comes from it', async () => {
    const techId = await connectModelServer(acme.admin, server.url, 'deal');
    await acme.admin.request('POST', '/api/ai/consent/disclosures', { technologyId: techId });
    const deal = await newDeal('Stark Industries rollout');
    const answer = {
      summary: 'Stark wants a rollout in Q1.',
      openTasks: [],
      risks: ['No next meeting booked'],
      nextStep: 'Book the rollout workshop',
      sentiment: { score: 0.4, label: 'positive' },
    };
    await comment(
      acme.admin,
      deal.id,
      `Pepper asked for a Q1 rollout plan. <<reply:${JSON.stringify(answer)}>>`,
    );
    const sentBefore = server.requests.length;
    assert.equal((await acme.admin.request('POST', `/api/deals/${deal.id}/open`)).statusCode, 204);
    const brief = await settled(acme.admin, 'deal', deal.id, 'deal_brief');
    assert.equal(brief.status, 'ready', JSON.stringify(brief));
    assert.equal(brief.technologyId, techId);
    assert.equal(brief.output.nextStep, 'Book the rollout workshop');
    const sent = server.requests.slice(sentBefore).filter((r) => r.path === '/v1/chat/completions');
    assert.equal(sent.length, 1, 'the model server was asked once');
    assert.match(JSON.stringify(sent[0]?.body), /Q1 rollout plan/, 'it was given the deal timeline');

    // The same for a call's summary: the call surface's technology answers.
    await acme.admin.request('PUT', '/api/ai/surfaces/call', {
      enabled: true,
      defaultTechnologyId: techId,
      allowedTechnologyIds: [techId, 'local'],
      fallbackTechnologyIds: [],
    });
    const summary = {
      topic: 'Q1 rollout',
      summary: 'Pepper agreed to a Q1 rollout.',
      agreements: ['Rollout in Q1'],
      followUp: null,
      speakers: [{ speaker: 'Pepper', sentiment: { score: 0.5, label: 'positive' } }],
      actionItems: [
        {
          owner: 'Tony',
          action: 'Send the plan',
          due: null,
          dueText: null,
          sentence: 'Tony sends the plan.',
        },
      ],
      sentiment: { score: 0.5, label: 'positive' },
    };
    const call = await acme.admin.request('POST', '/api/calls', {
      subject: 'Rollout call',
      direction: 'inbound',
      status: 'ended',
      dealId: deal.id,
      startedAt: '2026-11-20T10:00:00Z',
      endedAt: '2026-11-20T10:20:00Z',
    });
    assert.equal(call.statusCode, 201, call.body);
    const callSent = server.requests.length;
    await acme.admin.request('PUT', `/api/calls/${call.json().id}/transcript`, {
      text: `Pepper: Let us roll out in Q1. Tony: I will send the plan. <<reply:${JSON.stringify(summary)}>>`,
    });
    const done = await settled(acme.admin, 'call', call.json().id, 'call_summary');
    assert.equal(done.status, 'ready', JSON.stringify(done));
    assert.equal(done.technologyId, techId);
    assert.equal(done.output.actionItems[0].action, 'Send the plan');
    const asked = server.requests.slice(callSent).filter((r) => r.path === '/v1/chat/completions');
    assert.match(JSON.stringify(asked[0]?.body), /roll out in Q1/, 'it was given the transcript');
    await acme.admin.request('PUT', '/api/ai/surfaces/deal', {
      enabled: true,
      defaultTechnologyId: 'local',
      allowedTechnologyIds: ['local'],
      fallbackTechnologyIds: [],
    });
  });

  test('an open page is told when its hint changes (server-sent events)', async () => {
    const deal = await newDeal('Wayne Enterprises');
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const session = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: acme.admin.email, password: 'correct horse battery staple' }),
    });
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const ac = new AbortController();
    const res = await fetch(`${address}/api/copilot/hints/deal/${deal.id}/stream`, {
      headers: { cookie },
      signal: ac.signal,
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let seen = '';
    const nextEvent = async () => {
      for (;;) {
        const end = seen.indexOf('\n\n');
        if (end >= 0) {
          const frame = seen.slice(0, end);
          seen = seen.slice(end + 2);
          if (frame.startsWith('data: ')) return JSON.parse(frame.slice(6)).items as Hint[];
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        seen += value;
      }
    };
    assert.deepEqual(await nextEvent(), [], 'at first: no hints');
    await acme.admin.request('POST', `/api/deals/${deal.id}/open`);
    await dispatcher.drain();
    let items: Hint[] = [];
    for (let i = 0; i < 5 && items[0]?.status !== 'ready'; i++) items = await nextEvent();
    assert.equal(items[0]?.status, 'ready', JSON.stringify(items));
    ac.abort();
  });
});
