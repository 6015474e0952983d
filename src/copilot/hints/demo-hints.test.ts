import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedDemo } from '../../demo/seed-demo.js';
import { sessionClient, signIn, startTestApp, type TestContext } from '../../testing/harness.js';

type Hint = {
  kind: string;
  status: string;
  text: string | null;
  output: Record<string, never>;
  errorCode: string | null;
};

/** Done-when of issue 5: with only the local engine, every demo deal gets a useful brief and every demo call a summary with action items. */
describe('CoPilot on the demo account, local engine only', () => {
  let ctx: TestContext;
  let admin: ReturnType<typeof sessionClient>;
  let accountId: string;

  before(async () => {
    ctx = await startTestApp();
    const seeded = await seedDemo(ctx.store.db, { adminPassword: 'demo-admin-password', onlyIfEmpty: true });
    assert.ok(seeded, 'the demo was seeded');
    accountId = seeded.accountId;
    const session = await signIn(ctx.app, seeded.admin.email, 'demo-admin-password');
    admin = sessionClient(
      ctx.app,
      { userId: session.body.user.id, accountId, email: seeded.admin.email },
      session,
    );
    assert.equal((await admin.request('POST', '/api/ai/consent/terms', { version: 1 })).statusCode, 200);
  });
  after(() => ctx.close());

  const compute = async (type: string, id: string, kind: string): Promise<Hint> => {
    const res = await admin.request('POST', `/api/copilot/hints/${type}/${id}/${kind}/refresh`);
    assert.equal(res.statusCode, 202, res.body);
    for (let i = 0; i < 500; i++) {
      const items = (await admin.request('GET', `/api/copilot/hints/${type}/${id}`)).json().items as Hint[];
      const h = items.find((x) => x.kind === kind);
      if (h && (h.status === 'ready' || h.status === 'failed')) return h;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.fail(`${kind} on ${type} ${id} did not settle`);
  };

  test('every demo deal gets a brief with a status, risks or a next step', async () => {
    const deals = (
      await ctx.store.pool.query('select id, title from deals where account_id = $1', [accountId])
    ).rows;
    assert.ok(deals.length >= 15, 'the demo has deals');
    for (const d of deals) {
      const h = await compute('deal', d.id, 'deal_brief');
      assert.equal(h.status, 'ready', `${d.title}: ${h.errorCode}`);
      const o = h.output as unknown as { summary: string; risks: string[]; nextStep: string | null };
      assert.ok(o.summary.length >= 30, `${d.title}: a summary (${o.summary})`);
      assert.ok(o.nextStep, `${d.title}: a next step`);
      assert.ok(!/\d{4}-\d{2}-\d{2} [A-Z][a-z]+:/.test(o.summary), `${d.title}: no raw timeline prefixes`);
    }
  });

  test('every demo call gets a summary with action items', async () => {
    const calls = (
      await ctx.store.pool.query(
        'select id, subject from calls where account_id = $1 and transcript is not null',
        [accountId],
      )
    ).rows;
    assert.ok(calls.length >= 10, 'the demo has calls with transcripts');
    for (const c of calls) {
      const h = await compute('call', c.id, 'call_summary');
      assert.equal(h.status, 'ready', `${c.subject}: ${h.errorCode}`);
      const o = h.output as unknown as { summary: string; actionItems: unknown[] };
      assert.ok(o.summary.length >= 50, `${c.subject}: a summary`);
      assert.ok(o.actionItems.length >= 1, `${c.subject}: at least one action item`);
    }
  });
});
