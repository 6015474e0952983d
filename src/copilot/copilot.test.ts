import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type ProtocolServer, startProtocolServer } from '../ai/testing/protocol-server.js';
import {
  type Client,
  connectModelServer,
  seedAccount,
  startTestApp,
  type TestContext,
} from '../testing/harness.js';

type Part = {
  type: string;
  text?: string;
  contentId?: string;
  label?: string;
  error?: { code: string };
  technologyId?: string;
};

/** Parses a server-sent-events body into its parts. */
const partsOf = (body: string): Part[] =>
  body
    .split('\n\n')
    .filter((f) => f.startsWith('data: '))
    .map((f) => JSON.parse(f.slice(6)));

const LONG =
  'Thanks for the call today. We went through the pilot plan in detail and agreed on the scope. ' +
  'The pilot covers forty seats in the support team for eight weeks. ' +
  'Anna will confirm the start date with her IT team by Friday. ' +
  'We will send the revised quote with the volume discount on Monday. ' +
  'The weather in Berlin was lovely, by the way, and the coffee was great. ' +
  'Legal still needs to review the data processing agreement before anything is signed.';

/** Text CoPilot, the pre-prompt library, auto-fill, chat and feedback over HTTP. */
describe('CoPilot', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let other: Awaited<ReturnType<typeof seedAccount>>;
  let server: ProtocolServer;

  before(async () => {
    server = await startProtocolServer();
    ctx = await startTestApp();
    acme = await seedAccount(ctx);
    other = await seedAccount(ctx);
    for (const c of [acme.admin, acme.user, other.admin])
      assert.equal((await c.request('POST', '/api/ai/consent/terms', { version: 1 })).statusCode, 200);
  });
  after(async () => {
    await ctx.close();
    await server.close();
  });

  const editor = (who: Client, body: object) => who.request('POST', '/api/copilot/editor', body);
  const finishOf = (body: string) => partsOf(body).find((p) => p.type === 'finish');

  test('the pre-prompt library: built-ins per placement, templates checked with line and column, versions', async () => {
    const list = await acme.user.request(
      'GET',
      '/api/copilot/preprompts?placement=deal_comment&section=edit',
    );
    assert.equal(list.statusCode, 200, list.body);
    const refs = list.json().items.map((p: { ref: string }) => p.ref);
    for (const ref of ['builtin:shorten', 'builtin:rewrite', 'builtin:fix_grammar', 'builtin:translate'])
      assert.ok(refs.includes(ref), `${ref} is offered`);
    const base = {
      scope: 'account',
      code: 'recap',
      title: 'Recap',
      placement: 'deal_comment',
      section: 'edit',
    };
    assert.equal(
      (await acme.user.request('POST', '/api/copilot/preprompts', { ...base, template: 'x' })).statusCode,
      403,
      'only admins write account pre-prompts',
    );
    const bad = await acme.admin.request('POST', '/api/copilot/preprompts', {
      ...base,
      template: 'Recap this:\n  {orignal_message}',
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json().error.code, 'template_invalid');
    assert.deepEqual([bad.json().error.details.line, bad.json().error.details.column], [2, 3]);
    const unbalanced = await acme.admin.request('POST', '/api/copilot/preprompts', {
      ...base,
      template: '@if(engine.code == "local")\nShort.\n',
    });
    assert.equal(unbalanced.statusCode, 400, unbalanced.body);
    assert.equal(typeof unbalanced.json().error.details.line, 'number');
    const made = await acme.admin.request('POST', '/api/copilot/preprompts', {
      ...base,
      template:
        '{role}You write crisp CRM notes.{/role}\n@setTemperature(0.1)\nRecap for {author.name}:\n{original_message}',
    });
    assert.equal(made.statusCode, 201, made.body);
    const edited = await acme.admin.request('PATCH', `/api/copilot/preprompts/${made.json().id}`, {
      template: `${made.json().template}\nIn {language}.`,
      version: 1,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().version, 2);
    const stale = await acme.admin.request('PATCH', `/api/copilot/preprompts/${made.json().id}`, {
      title: 'x',
      version: 1,
    });
    assert.equal(stale.statusCode, 409, 'an edit of an old version is a conflict');
    const versions = await acme.user.request('GET', `/api/copilot/preprompts/${made.json().id}/versions`);
    assert.deepEqual(
      versions.json().items.map((v: { version: number }) => v.version),
      [1, 2],
    );
    assert.equal(
      (await other.admin.request('GET', `/api/copilot/preprompts/${made.json().id}/versions`)).statusCode,
      404,
      'another account cannot see it',
    );
    const exported = await acme.admin.request('GET', '/api/copilot/preprompts/export?scope=account');
    assert.equal(exported.json().preprompts[0].code, 'recap');
    const imported = await other.admin.request('POST', '/api/copilot/preprompts/import', {
      ...(exported.json() as object),
      scope: 'account',
    });
    assert.deepEqual(imported.json(), { created: 1, updated: 0, unchanged: 0 });
    const badImport = await other.admin.request('POST', '/api/copilot/preprompts/import', {
      format: 'cohelm.preprompts/v1',
      scope: 'account',
      preprompts: [
        {
          code: 'ok_one',
          title: 'Fine',
          placement: 'feed_post',
          section: 'create',
          template: '{user_message}',
        },
        { code: 'broken', title: 'Broken', placement: 'feed_post', section: 'create', template: '@else\n' },
      ],
    });
    assert.equal(badImport.statusCode, 400);
    const after = await other.admin.request('GET', '/api/copilot/preprompts?placement=feed_post');
    assert.ok(
      !after.json().items.some((p: { code: string }) => p.code === 'ok_one'),
      'a bad file imports nothing',
    );
  });

  test('with only the local engine: shorten streams a labelled shorter text; generative actions say what is needed', async () => {
    const res = await editor(acme.user, {
      placement: 'deal_comment',
      prepromptRef: 'builtin:shorten',
      text: LONG,
    });
    assert.equal(res.statusCode, 200, res.body);
    const finish = finishOf(res.body);
    assert.ok(finish?.contentId, `a finish part: ${res.body.slice(0, 500)}`);
    assert.match(finish.label ?? '', /AI-generated/);
    assert.ok((finish.text ?? '').length < LONG.length * 0.8, `shorter: ${finish.text}`);
    const rewrite = await editor(acme.user, {
      placement: 'deal_comment',
      prepromptRef: 'builtin:rewrite',
      text: LONG,
    });
    assert.equal(rewrite.statusCode, 422, rewrite.body);
    assert.equal(rewrite.json().error.code, 'capability_unsupported');
    const empty = await editor(acme.user, {
      placement: 'deal_comment',
      prepromptRef: 'builtin:shorten',
      text: '  ',
    });
    assert.equal(empty.statusCode, 400);
    const unknown = await editor(acme.user, {
      placement: 'deal_comment',
      prepromptRef: 'builtin:nope',
      text: LONG,
    });
    assert.equal(unknown.statusCode, 404);
  });

  test('inserted AI text keeps its label; an unknown content id is refused', async () => {
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Label deal' })).json();
    const res = await editor(acme.user, {
      placement: 'deal_comment',
      prepromptRef: 'builtin:shorten',
      text: LONG,
    });
    const contentId = finishOf(res.body)?.contentId;
    const posted = await acme.user.request('POST', `/api/deals/${deal.id}/messages`, {
      body: 'Short recap',
      aiContentId: contentId,
    });
    assert.equal(posted.statusCode, 201, posted.body);
    assert.equal(posted.json().aiContentId, contentId);
    const forged = await acme.user.request('POST', `/api/deals/${deal.id}/messages`, {
      body: 'x',
      aiContentId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(forged.statusCode, 400);
    const foreign = await other.admin.request('POST', '/api/feed', { body: 'x', aiContentId: contentId });
    assert.equal(foreign.statusCode, 400, "another account's content cannot be claimed");
  });

  test('with an OpenAI-compatible technology the pre-prompt is rendered for it and its errors keep the stream honest', async () => {
    const techId = await connectModelServer(acme.admin, server.url, 'feed');
    await acme.user.request('POST', '/api/ai/consent/disclosures', { technologyId: techId });
    const made = await acme.admin.request('POST', '/api/copilot/preprompts', {
      scope: 'account',
      code: 'punchy',
      title: 'Punchy',
      placement: 'feed_post',
      section: 'edit',
      template:
        '{role}You are the marketing voice of Acme.{/role}\n@if(engine.code == "openai-compatible")\n@setTemperature(0.3)\n@endif\nMake this punchy in {language}: {original_message}',
    });
    assert.equal(made.statusCode, 201, made.body);
    const before = server.requests.length;
    const res = await editor(acme.user, {
      placement: 'feed_post',
      prepromptRef: made.json().id,
      text: 'Our new release is out <<reply:Release day!>>',
      language: 'German',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(finishOf(res.body)?.text, 'Release day!');
    const sent = server.requests.slice(before).find((r) => r.path === '/v1/chat/completions')?.body as {
      messages: { role: string; content: unknown }[];
      temperature?: number;
    };
    assert.ok(sent, 'the model server was asked');
    assert.equal(sent.messages[0]?.role, 'system');
    assert.match(JSON.stringify(sent.messages[0]?.content), /marketing voice of Acme/);
    assert.match(
      JSON.stringify(sent.messages.at(-1)?.content),
      /Make this punchy in German: Our new release is out/,
    );
    assert.equal(sent.temperature, 0.3);
    const cut = await editor(acme.user, {
      placement: 'feed_post',
      prepromptRef: 'builtin:rewrite',
      text: 'Please rewrite this <<reply:one two three four five six>><<cut:2>>',
    });
    const parts = partsOf(cut.body);
    assert.equal(parts.at(-1)?.type, 'error', `a cut stream ends with an error: ${cut.body.slice(0, 400)}`);
    assert.ok(!parts.some((p) => p.type === 'finish'), 'never a silent truncated success');
  });

  test('auto-fill proposes fields with their source sentence; nothing changes until accepted; accepted once', async () => {
    const deal = (
      await acme.user.request('POST', '/api/deals', {
        title: 'Autofill deal',
        amount: 30000,
        currency: 'EUR',
      })
    ).json();
    const call = await acme.user.request('POST', '/api/calls', {
      subject: 'Pricing call',
      direction: 'outbound',
      dealId: deal.id,
    });
    await acme.user.request('PUT', `/api/calls/${call.json().id}/transcript`, {
      text: 'Anna: The total contract value is 52,000 EUR per year. We plan to sign by December 15, 2026. Next step is a security review with Tom.',
    });
    const proposed = await acme.user.request('POST', '/api/copilot/autofill', {
      dealId: deal.id,
      source: { type: 'call', id: call.json().id },
    });
    assert.equal(proposed.statusCode, 201, proposed.body);
    const p = proposed.json();
    const amount = p.proposals.find((x: { field: string }) => x.field === 'amount');
    assert.equal(amount?.proposed, 52000, JSON.stringify(p.proposals));
    assert.equal(amount.current, 30000);
    assert.match(amount.sourceSentence, /52,000 EUR/);
    const close = p.proposals.find((x: { field: string }) => x.field === 'expectedCloseDate');
    assert.equal(close?.proposed, '2026-12-15', JSON.stringify(p.proposals));
    assert.equal(
      (await acme.user.request('GET', `/api/deals/${deal.id}`)).json().amount,
      '30000.00',
      'not written yet',
    );
    assert.equal(
      (await other.admin.request('POST', `/api/copilot/autofill/${p.id}/apply`, { fields: ['amount'] }))
        .statusCode,
      404,
    );
    const applied = await acme.user.request('POST', `/api/copilot/autofill/${p.id}/apply`, {
      fields: ['amount', 'expectedCloseDate'],
    });
    assert.equal(applied.statusCode, 200, applied.body);
    const now = (await acme.user.request('GET', `/api/deals/${deal.id}`)).json();
    assert.equal(now.amount, '52000.00');
    assert.equal(now.expectedCloseDate, '2026-12-15');
    const timeline = (await acme.user.request('GET', `/api/deals/${deal.id}/messages`)).json().items;
    assert.ok(
      timeline.some(
        (m: { kind: string; body: string }) => m.kind === 'system' && m.body.includes(p.contentId),
      ),
      'the timeline says who accepted what from which content',
    );
    const again = await acme.user.request('POST', `/api/copilot/autofill/${p.id}/apply`, {
      fields: ['amount'],
    });
    assert.equal(again.statusCode, 409);
  });

  test('chat: a role, the deal as context; the local engine runs tasks or says what it can do', async () => {
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Chat deal' })).json();
    await acme.user.request('POST', `/api/deals/${deal.id}/messages`, { body: LONG });
    const chat = await acme.user.request('POST', '/api/copilot/chats', {
      roleRef: 'builtin:sales_assistant',
      entityType: 'deal',
      entityId: deal.id,
    });
    assert.equal(chat.statusCode, 201, chat.body);
    const id = chat.json().id;
    const summary = await acme.user.request('POST', `/api/copilot/chats/${id}/messages`, {
      text: 'Summarize this deal for me',
    });
    assert.equal(summary.statusCode, 200, summary.body);
    assert.ok(finishOf(summary.body)?.contentId, summary.body.slice(0, 400));
    const hello = await acme.user.request('POST', `/api/copilot/chats/${id}/messages`, {
      text: 'hello there',
    });
    assert.equal(partsOf(hello.body)[0]?.type, 'notice');
    const messages = (await acme.user.request('GET', `/api/copilot/chats/${id}/messages`)).json().items;
    assert.deepEqual(
      messages.map((m: { role: string }) => m.role),
      ['user', 'assistant', 'user', 'assistant'],
    );
    assert.equal(
      (await acme.admin.request('GET', `/api/copilot/chats/${id}/messages`)).statusCode,
      404,
      'a chat is private',
    );
    const secret = (await acme.admin.request('POST', '/api/deals', { title: 'Admin only' })).json();
    const denied = await acme.user.request('POST', '/api/copilot/chats', {
      roleRef: 'builtin:analyst',
      entityType: 'deal',
      entityId: secret.id,
    });
    assert.equal(denied.statusCode, 404, 'no chat about a deal the user cannot see');
    // Without the AI terms a turn is refused before anything is kept.
    const fresh = await other.user.request('POST', '/api/copilot/chats', { roleRef: 'builtin:copywriter' });
    assert.equal(fresh.statusCode, 201, fresh.body);
    const refused = await other.user.request('POST', `/api/copilot/chats/${fresh.json().id}/messages`, {
      text: 'Summarize this for me: '.padEnd(400, 'lorem ipsum '),
    });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().error.code, 'consent_required');
    assert.deepEqual(
      (await other.user.request('GET', `/api/copilot/chats/${fresh.json().id}/messages`)).json().items,
      [],
    );
  });

  test('feedback per content; acceptance rates per pre-prompt for admins; sharing is an explicit opt-in', async () => {
    const res = await editor(acme.user, {
      placement: 'task_comment',
      prepromptRef: 'builtin:summarize',
      text: LONG,
    });
    const contentId = finishOf(res.body)?.contentId;
    assert.ok(contentId, res.body.slice(0, 300));
    const fb = await acme.user.request('PUT', `/api/copilot/feedback/${contentId}`, {
      rating: 1,
      outcome: 'accepted',
    });
    assert.equal(fb.statusCode, 200, fb.body);
    assert.equal(
      (await other.admin.request('PUT', `/api/copilot/feedback/${contentId}`, { rating: -1 })).statusCode,
      404,
    );
    assert.equal((await acme.user.request('GET', '/api/copilot/feedback/stats')).statusCode, 403);
    const stats = (await acme.admin.request('GET', '/api/copilot/feedback/stats')).json();
    const row = stats.byPreprompt.find((r: { key: string }) => r.key === 'builtin:summarize@v1');
    assert.equal(row?.accepted, 1, JSON.stringify(stats));
    assert.equal(row.acceptanceRate, 1);
    assert.deepEqual((await acme.admin.request('GET', '/api/copilot/feedback/shared')).json().items, []);
    const shared = await acme.user.request('POST', `/api/copilot/feedback/${contentId}/share`, {
      input: LONG,
      note: 'Too long still',
    });
    assert.equal(shared.statusCode, 200, shared.body);
    const list = (await acme.admin.request('GET', '/api/copilot/feedback/shared')).json().items;
    assert.equal(list[0]?.input, LONG);
    assert.equal(list[0]?.comment, 'Too long still');
    await acme.user.request('DELETE', `/api/copilot/feedback/${contentId}/share`);
    assert.deepEqual((await acme.admin.request('GET', '/api/copilot/feedback/shared')).json().items, []);
  });
});
