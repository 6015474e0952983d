/**
 * Generated from the OpenAPI document: every route is walked with two accounts, and account B (as an
 * admin, the most privileged role) tries to read and write account A's records by id. Every attempt
 * must answer 404 exactly like a missing record, list routes must not leak A's ids, and a fingerprint
 * of all of A's rows must be unchanged at the end. A route the walker does not know how to call fails
 * the test, so new routes are covered as soon as they appear.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { ensureBuiltinAgents } from '../../src/agents/builtin-agents.js';
import { agentTriggers } from '../../src/agents/index.js';
import { type ProtocolServer, startProtocolServer } from '../../src/ai/testing/protocol-server.js';
import { events } from '../../src/store/schema/index.js';
import { ACCOUNT_DATA_TABLES } from '../../src/testing/account-tables.js';
import { type Client, seedAccount, startTestApp, type TestContext } from '../../src/testing/harness.js';

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minItems?: number;
  minLength?: number;
  pattern?: string;
};
type Operation = {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  parameters?: { in: string; name: string }[];
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Routes that carry no account data, with the reason. */
const EXEMPT: Record<string, string> = {
  'GET /api/health': 'liveness',
  'GET /api/ready': 'readiness',
  'POST /api/auth/login': 'credentials, not ids',
  'POST /api/auth/logout': 'own session only',
  'GET /api/auth/session': 'own session only',
  'POST /api/auth/password': 'own password only',
  'PUT /api/copilot/triggers/{trigger}':
    "the caller's own account setting, named by trigger, not a record id",
};

/** Path parameters that name a kind of thing rather than a record: the same value for A's id and a missing one. */
const NAMED_PARAMS: Record<string, string> = {
  entityType: 'deal',
  kind: 'deal_brief',
  trigger: 'deal.opened',
};

/** Minimal valid values from a JSON schema, for bodies the walker has no fixture for. */
function sample(schema: Schema | undefined): unknown {
  if (!schema) return {};
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return sample(alt.find((s) => s.type !== 'null') ?? alt[0]);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key]);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items));
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'email') return `x${Date.now()}@example.test`;
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return '2030-01-01';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/** A 1-second silent 8 kHz mono WAV: a real recording body for the upload route. */
function wav(): Buffer {
  const samples = 8000;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVE', 8);
  b.write('fmt ', 12);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples * 2, 40);
  return b;
}

const ACCOUNT_TABLES = ['accounts', ...ACCOUNT_DATA_TABLES];

describe('tenant isolation over every OpenAPI route', () => {
  let ctx: TestContext;
  let a: Awaited<ReturnType<typeof seedAccount>>;
  let b: Awaited<ReturnType<typeof seedAccount>>;
  let spec: OpenApi;
  let aiServer: ProtocolServer;
  let aText = '';
  /** Account A's record per collection (first path segment after /api). */
  const ids: Record<string, string> = {};

  async function created(client: Client, url: string, body: unknown): Promise<string> {
    const res = await client.request('POST', url, body);
    assert.ok(res.statusCode < 300, `fixture ${url}: ${res.statusCode} ${res.body}`);
    return res.json().id;
  }

  async function fingerprint(accountId: string): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of ACCOUNT_TABLES) {
      const scope = table === 'accounts' ? 'id' : 'account_id';
      // last_used_at changes when A's own key is used; it is not data B could write.
      const cols = table === 'api_keys' ? 'id, name, prefix, key_hash, revoked_at' : '*';
      const r = await ctx.store.pool.query(
        `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from (select ${cols} from ${table} where ${scope} = $1) x`,
        [accountId],
      );
      out[table] = r.rows[0].h;
    }
    return out;
  }

  before(async () => {
    ctx = await startTestApp({ COHELM_DATA_DIR: `.test-data/isolation-${process.pid}` });
    a = await seedAccount(ctx, 'Account A');
    b = await seedAccount(ctx, 'Account B');
    spec = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const has = (p: string) => p in spec.paths;

    ids.users = a.user.userId;
    ids.deals = await created(a.admin, '/api/deals', {
      title: 'A secret deal',
      participantIds: [a.user.userId],
    });
    ids.messages = await created(a.admin, `/api/deals/${ids.deals}/messages`, { body: 'A secret comment' });
    const stages = (await a.admin.request('GET', '/api/pipeline/stages')).json().items;
    ids.pipeline = stages[stages.length - 1].id;
    if (has('/api/contacts'))
      ids.contacts = await created(a.admin, '/api/contacts', { firstName: 'Ann', lastName: 'Secret' });
    if (has('/api/companies'))
      ids.companies = await created(a.admin, '/api/companies', { name: 'Secret Co' });
    if (has('/api/tasks'))
      ids.tasks = await created(a.admin, '/api/tasks', { title: 'A secret task', dealId: ids.deals });
    if (has('/api/feed')) ids.feed = await created(a.admin, '/api/feed', { body: 'A secret post' });
    if (has('/api/departments'))
      ids.departments = await created(a.admin, '/api/departments', { name: 'Secret Dept' });
    if (has('/api/api-keys')) ids['api-keys'] = await created(a.admin, '/api/api-keys', { name: 'A key' });
    if (has('/api/custom-fields')) {
      ids['custom-fields'] = await created(a.admin, '/api/custom-fields', {
        entityType: 'deal',
        key: 'secret_region',
        label: 'Region',
        type: 'text',
      });
    }
    if (has('/api/ai/technologies')) {
      aiServer = await startProtocolServer();
      ids.ai = await created(a.admin, '/api/ai/technologies', {
        kind: 'openai-compatible',
        name: 'A secret model server',
        baseUrl: aiServer.url,
        apiKey: 'test-key',
      });
      const surface = await a.admin.request('PUT', '/api/ai/surfaces/deal', {
        enabled: true,
        defaultTechnologyId: ids.ai,
        allowedTechnologyIds: [ids.ai, 'local'],
      });
      assert.equal(surface.statusCode, 200, surface.body);
      const choice = await a.user.request('PUT', '/api/ai/my-choices/deal', { technologyId: ids.ai });
      assert.equal(choice.statusCode, 200, choice.body);
      // A's governance records: a consent, a restriction, an answered request with its content.
      await a.user.request('POST', '/api/ai/consent/terms', { version: 1 });
      await a.admin.request('POST', '/api/ai/restrictions', {
        subjectType: 'user',
        subjectId: a.user.userId,
        surface: 'mail',
      });
      await a.admin.request('POST', '/api/ai/consent/terms', { version: 1 });
      const answered = await a.admin.request('POST', '/api/ai/requests', {
        surface: 'task',
        task: { task: 'summarize', input: 'A secret summary about the secret deal and its secret budget.' },
      });
      assert.equal(answered.statusCode, 200, answered.body);
      aText = answered.json().text;
      ids['copilot/feedback'] = answered.json().contentId;
    }
    if (has('/api/copilot/hints/{entityType}/{entityId}')) {
      ids['copilot/hints'] = ids.deals;
      ids['copilot/analytics'] = ids.deals;
      ids['copilot/preprompts'] = await created(a.admin, '/api/copilot/preprompts', {
        scope: 'account',
        code: 'secret',
        title: 'A secret pre-prompt',
        placement: 'deal_comment',
        section: 'edit',
        template: '{original_message}',
      });
      ids['copilot/roles'] = await created(a.admin, '/api/copilot/roles', {
        scope: 'account',
        name: 'A secret role',
        instructions: 'Keep secrets.',
      });
      ids['copilot/chats'] = await created(a.admin, '/api/copilot/chats', {
        roleRef: 'builtin:sales_assistant',
        entityType: 'deal',
        entityId: ids.deals,
      });
      ids['copilot/autofill'] = await created(a.admin, '/api/copilot/autofill', {
        dealId: ids.deals,
        technologyId: 'local',
        source: { type: 'text', text: 'The secret budget is 10,000 EUR per year.' },
      });
      const refresh = await a.admin.request(
        'POST',
        `/api/copilot/hints/deal/${ids.deals}/deal_brief/refresh`,
      );
      assert.equal(refresh.statusCode, 202, refresh.body);
    }
    if (has('/api/calls')) {
      ids.calls = await created(a.admin, '/api/calls', {
        subject: 'A secret call',
        direction: 'outbound',
        recordingConsent: true,
        dealId: ids.deals,
      });
      const up = await a.admin.request('PUT', `/api/calls/${ids.calls}/recording`, wav(), {
        'content-type': 'audio/wav',
      });
      assert.ok(up.statusCode < 300, `recording fixture: ${up.statusCode} ${up.body}`);
    }
    if (has('/api/approvals')) {
      // A's agent run with an approval waiting: a call transcript fires the call follow-up agent.
      // Only that event is handed to the agents' subscriber (delivering every event would start
      // CoPilot and speech work that changes A's rows while the walk runs).
      await ctx.store.db.transaction((tx) => ensureBuiltinAgents(tx, a.admin.accountId));
      const call = await created(a.admin, '/api/calls', {
        subject: 'A secret agent call',
        direction: 'outbound',
        dealId: ids.deals,
      });
      await a.admin.request('PUT', `/api/calls/${call}/transcript`, {
        text: 'Ann: We agreed on the secret price. I will send the secret contract by Friday.',
      });
      const [event] = await ctx.store.db
        .select()
        .from(events)
        .where(and(eq(events.type, 'call.transcript_updated'), eq(events.entityId, call)));
      await ctx.store.db.transaction((tx) => agentTriggers.handle(tx, event!));
      let approvals: { id: string; runId: string; agentId: string }[] = [];
      for (let i = 0; i < 200 && !approvals.length; i++) {
        await ctx.agents.worker.drain();
        approvals = (await a.admin.request('GET', '/api/approvals')).json().items;
        if (!approvals.length) await new Promise((r) => setTimeout(r, 25));
      }
      const runs = await ctx.store.pool.query(
        'select status, error_message from agent_runs where account_id = $1',
        [a.admin.accountId],
      );
      assert.ok(approvals.length, `fixture: an approval waits (runs: ${JSON.stringify(runs.rows)})`);
      ids.approvals = approvals[0]!.id;
      ids['agent-runs'] = approvals[0]!.runId;
      ids.agents = approvals[0]!.agentId;
    }
  });
  after(async () => {
    await ctx.close();
    await aiServer?.close();
  });

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );

  function bodyFor(
    method: string,
    path: string,
    op: Operation,
  ): { body?: unknown; headers?: Record<string, string> } {
    const content = op.requestBody?.content ?? {};
    if (path.endsWith('/recording') && method === 'PUT')
      return { body: wav(), headers: { 'content-type': 'audio/wav' } };
    const json = content['application/json'];
    if (json) return { body: sample(json.schema) };
    if (method === 'GET' || method === 'DELETE') return {};
    return Object.keys(content).length ? { body: sample(Object.values(content)[0]?.schema) } : {};
  }

  test('B cannot read or write any of A’s records by id', async () => {
    const before = await fingerprint(a.account.id);
    const unknown: string[] = [];
    const leaks: string[] = [];
    let checked = 0;
    for (const { method, path, op } of operations()) {
      const key = `${method} ${path}`;
      if (EXEMPT[key] || !path.includes('{')) continue;
      const segments = path.split('/');
      const collection = segments[2] === 'copilot' ? `copilot/${segments[3]}` : (segments[2] ?? '');
      const target = ids[collection];
      if (!target) {
        unknown.push(key);
        continue;
      }
      const fill = (real: boolean) =>
        path.replace(
          /\{([^}]+)\}/g,
          (whole, name: string) =>
            NAMED_PARAMS[name] ?? (real && (whole === '{id}' || name.endsWith('Id')) ? target : randomUUID()),
        );
      const url = fill(true);
      const { body, headers } = bodyFor(method, path, op);
      const missingUrl = fill(false);
      for (const client of [b.admin, b.user]) {
        const who = client === b.admin ? 'admin' : 'user';
        const res = await client.request(method, url, body, headers);
        const missing = await client.request(method, missingUrl, body, headers);
        checked++;
        const code = (r: typeof res) => (r.statusCode >= 400 ? r.json().error?.code : undefined);
        // "Exactly like a missing one": the same status and code as for an id that does not exist.
        if (res.statusCode < 400 || res.statusCode !== missing.statusCode || code(res) !== code(missing)) {
          leaks.push(
            `${key} as B ${who} → ${res.statusCode} ${res.body.slice(0, 160)} (missing id → ${missing.statusCode})`,
          );
        }
      }
    }
    assert.deepEqual(
      unknown,
      [],
      'routes with an id the walker has no record for: add a fixture in before()',
    );
    assert.deepEqual(leaks, [], 'another account’s record must look exactly like a missing one');
    assert.ok(checked > 20, `walked ${checked} calls`);
    assert.deepEqual(await fingerprint(a.account.id), before, 'A’s data changed');
  });

  test('B’s list and collection routes never show A’s ids', async () => {
    const secrets = Object.values(ids);
    const problems: string[] = [];
    for (const { method, path, op } of operations()) {
      const key = `${method} ${path}`;
      if (EXEMPT[key] || path.includes('{') || method !== 'GET' || path.startsWith('/api/docs')) continue;
      for (const client of [b.admin, b.user]) {
        const res = await client.request('GET', path);
        if (res.statusCode >= 500) problems.push(`${key} → ${res.statusCode}`);
        for (const secret of secrets)
          if (res.body.includes(secret)) problems.push(`${key} shows A’s ${secret}`);
      }
      void op;
    }
    assert.deepEqual(problems, []);
  });

  test('B’s writes to collection routes cannot reference A’s records', async () => {
    const before = await fingerprint(a.account.id);
    const attempts: [string, Record<string, unknown>][] = [
      ['/api/deals', { title: 'x', companyId: ids.companies }],
      ['/api/deals', { title: 'x', contactIds: [ids.contacts] }],
      ['/api/deals', { title: 'x', stageId: ids.pipeline }],
      ['/api/deals', { title: 'x', ownerId: a.user.userId }],
      ['/api/tasks', { title: 'x', dealId: ids.deals }],
      ['/api/tasks', { title: 'x', assigneeId: a.user.userId }],
      ['/api/calls', { direction: 'inbound', dealId: ids.deals }],
      ['/api/contacts', { firstName: 'x', companyId: ids.companies }],
    ];
    for (const [url, body] of attempts) {
      const refs = Object.values(body).flat();
      if (!(url in spec.paths) || refs.some((v) => v === undefined)) continue;
      const res = await b.admin.request('POST', url, body);
      assert.ok(
        res.statusCode === 400 || res.statusCode === 404,
        `${url} ${JSON.stringify(body)} → ${res.statusCode} ${res.body}`,
      );
    }
    assert.deepEqual(await fingerprint(a.account.id), before);
  });

  test('B cannot learn whether a text is A’s AI content, nor see A’s audit ledger', async () => {
    // (assert.ok without a message parses the test's source to build one: very slow under tsx.)
    assert.ok(aText.length > 10, `A's answer: ${JSON.stringify(aText)}`);
    const asA = (await a.user.request('POST', '/api/provenance/verify', { text: aText })).json();
    assert.equal(asA.generatedByCohelm, true);
    for (const client of [b.admin, b.user]) {
      const res = await client.request('POST', '/api/provenance/verify', { text: aText });
      assert.equal(res.json().generatedByCohelm, false, res.body);
    }
    const ledger = await b.admin.request('GET', '/api/audit/entries?limit=500');
    assert.doesNotMatch(ledger.body, new RegExp(a.account.id));
  });
});
