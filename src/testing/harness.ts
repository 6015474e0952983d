import type { LightMyRequestResponse } from 'fastify';
import { type Agents, createAgents } from '../agents/index.js';
import { type Config, loadConfig } from '../config.js';
import { createGovernance, type Governance } from '../governance/index.js';
import { buildApp } from '../http/app.js';
import type { App } from '../http/types.js';
import { createSpeech, type Speech } from '../speech/index.js';
import { type DatabaseHandle, openDatabase } from '../store/database.js';
import { PgListener } from '../store/pg-listener.js';
import { createAccount } from '../workspace/accounts/create-account.js';
import { createUser } from '../workspace/accounts/create-user.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export type TestContext = {
  app: App;
  /** The app's transcription worker (started unless `speechWorker: false`; then drive it with drain()). */
  speech: Speech;
  /** The app's agent run worker (started unless `agentWorker: false`). */
  agents: Agents;
  governance: Governance;
  store: DatabaseHandle;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
};

/** `logLines` collects every log line the app writes (level trace), for tests that scan logs. */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { logLines?: string[]; speechWorker?: boolean; agentWorker?: boolean } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = loadConfig({
    COHELM_DATA_DIR: '.test-data/app',
    LOG_LEVEL: 'silent',
    ...env,
    DATABASE_URL: database.url,
  });
  const store = openDatabase(database.url, { poolSize: 10 });
  // A real LISTEN connection, as in production: the auth cache is on and must be invalidated correctly.
  const listener = new PgListener(database.url);
  await listener.start();
  const governance = createGovernance(config, store.db, listener);
  const speech = createSpeech({
    config,
    db: store.db,
    governance,
    recordingsDir: config.recordingsDir,
    listener,
    startWorker: opts.speechWorker ?? true,
    log: process.env.COHELM_TEST_LOG ? (err, msg) => console.error(msg, err) : undefined,
  });
  const agents = createAgents({
    db: store.db,
    governance,
    listener,
    startWorker: opts.agentWorker ?? true,
    log: process.env.COHELM_TEST_LOG ? (err, msg) => console.error(msg, err) : undefined,
  });
  const app = await buildApp({
    listener,
    governance,
    speech,
    agents,
    config,
    db: store.db,
    ping: async () => void (await store.pool.query('select 1')),
    logger: opts.logLines
      ? { level: 'trace', stream: { write: (line: string) => void opts.logLines?.push(line) } }
      : process.env.COHELM_TEST_LOG
        ? { level: 'error' }
        : false,
  });
  await app.ready();
  return {
    app,
    speech,
    agents,
    governance,
    store,
    database,
    config,
    async close() {
      await speech.close();
      await agents.close();
      await app.close();
      await governance.close();
      await listener.stop();
      await store.close();
      await database.drop();
    },
  };
}

let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const TEST_PASSWORD = 'correct horse battery staple';

/** A signed-in client: an API key (Bearer) or a browser-like session with cookie and CSRF token. */
export type Client = {
  userId: string;
  accountId: string;
  email: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
};

export async function signIn(app: App, email: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const body = res.json() as { csrfToken: string; user: { id: string; accountId?: string } };
  return { cookie: cookies, csrfToken: body.csrfToken, body };
}

export function sessionClient(
  app: App,
  who: { userId: string; accountId: string; email: string },
  session: { cookie: string; csrfToken: string },
): Client {
  return {
    ...who,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** A new account with an admin and a regular user, both signed in. */
export async function seedAccount(ctx: TestContext, name = `Acme ${unique()}`) {
  const { account, admin } = await createAccount(ctx.store.db, {
    name,
    admin: { email: `admin-${unique()}@example.test`, name: 'Ada Admin', password: TEST_PASSWORD },
  });
  const user = await createUser(ctx.store.db, account.id, {
    email: `user-${unique()}@example.test`,
    name: 'Uma User',
    password: TEST_PASSWORD,
  });
  const asClient = async (u: { id: string; email: string }) =>
    sessionClient(
      ctx.app,
      { userId: u.id, accountId: account.id, email: u.email },
      await signIn(ctx.app, u.email),
    );
  return { account, admin: await asClient(admin), user: await asClient(user) };
}

/** Makes `technologyId` the default of `surface`, with the local engine as the other choice. */
export async function setSurfaceDefault(admin: Client, surface: string, technologyId: string): Promise<void> {
  const res = await admin.request('PUT', `/api/ai/surfaces/${surface}`, {
    enabled: true,
    defaultTechnologyId: technologyId,
    allowedTechnologyIds: [...new Set([technologyId, 'local'])],
    fallbackTechnologyIds: [],
  });
  if (res.statusCode !== 200) throw new Error(`surface ${surface}: ${res.statusCode} ${res.body}`);
}

/**
 * Connects an OpenAI-compatible model server (an admin accepted its terms; data region EU) and makes
 * it the default of `surface`. Users still have to acknowledge its data-transfer disclosure.
 */
export async function connectModelServer(
  admin: Client,
  baseUrl: string,
  surface: string,
  name = 'Model server',
): Promise<string> {
  const res = await admin.request('POST', '/api/ai/technologies', {
    kind: 'openai-compatible',
    name,
    baseUrl,
    apiKey: 'test-key',
    region: 'EU',
    termsAccepted: true,
  });
  if (res.statusCode !== 201) throw new Error(`connect ${name}: ${res.statusCode} ${res.body}`);
  const id = res.json().id as string;
  await setSurfaceDefault(admin, surface, id);
  return id;
}
