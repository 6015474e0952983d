import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type Agents, createAgents } from '../agents/index.js';
import { type Copilot, createCopilot } from '../copilot/index.js';
import { createGovernance, type Governance } from '../governance/index.js';
import { sha256 } from '../shared/tokens.js';
import { createSpeech, type Speech } from '../speech/index.js';
import { instanceSecret } from '../store/instance-settings.js';
import { SESSION_COOKIE } from '../workspace/auth/sessions.js';
import { authPlugin } from './auth-plugin.js';
import { installErrorHandling } from './error-handler.js';
import { registerRoutes } from './routes/index.js';
import { serveWebApp } from './spa.js';
import type { App, AppDeps } from './types.js';

export const JSON_BODY_LIMIT = 1024 * 1024;

export type BuildAppOptions = Omit<AppDeps, 'governance' | 'copilot' | 'speech' | 'agents'> & {
  governance?: Governance;
  copilot?: Copilot;
  speech?: Speech;
  agents?: Agents;
  logger?: boolean | object;
};

/** Builds the HTTP server: plugins, authentication, every route, the OpenAPI document and the web app. */
export async function buildApp(deps: BuildAppOptions): Promise<App> {
  const { config, db } = deps;
  let governance = deps.governance;
  const app = Fastify({
    // Tests may change the level or the stream, never the redaction.
    logger:
      deps.logger === false
        ? false
        : {
            level: config.LOG_LEVEL,
            ...(typeof deps.logger === 'object' ? deps.logger : {}),
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'req.headers["x-api-key"]',
              'res.headers["set-cookie"]',
            ],
          },
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While shutting down, answer in-flight requests with Connection: close so that keep-alive
  // sockets do not hold the drain open for their idle timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
  });
  installErrorHandling(app);
  // What buildApp creates it also closes: first the workers (they may be mid-request), then governance.
  const owned: { close(): Promise<void> }[] = [];
  if (!governance) {
    governance = createGovernance(config, db, deps.listener, (error, message) =>
      app.log.error({ err: error }, message),
    );
    owned.unshift(governance);
  }
  let copilot = deps.copilot;
  if (!copilot) {
    copilot = createCopilot({
      db,
      governance,
      listener: deps.listener,
      log: (error, message) => app.log.error({ err: error }, message),
    });
    owned.unshift(copilot);
  }
  let speech = deps.speech;
  if (!speech) {
    speech = createSpeech({
      config,
      db,
      governance,
      recordingsDir: config.recordingsDir,
      listener: deps.listener,
      log: (error, message) => app.log.error({ err: error }, message),
    });
    owned.unshift(speech);
  }
  let agents = deps.agents;
  if (!agents) {
    agents = createAgents({
      db,
      governance,
      listener: deps.listener,
      paused: config.COHELM_AGENTS_PAUSED,
      log: (error, message) => app.log.error({ err: error }, message),
    });
    owned.unshift(agents);
  }
  app.addHook('onClose', async () => {
    for (const o of owned) await o.close();
  });
  const routeDeps: AppDeps = { ...deps, governance, copilot, speech, agents };
  app.addHook('onResponse', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400) deps.afterWrite?.();
  });

  const secret = config.COHELM_SECRET ?? (await instanceSecret(db, 'cookie_secret'));
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(cookie, { secret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'cohelm_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: config.secureCookies },
    // Tokens are bound to the session: a token from another session does not validate.
    csrfOpts: { userInfo: true, hmacKey: secret },
    getUserInfo: (req) => sha256(req.cookies[SESSION_COOKIE] ?? ''),
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Cohelm API',
        version: '0.1.0',
        description:
          'Cohelm: a self-hosted, governed AI CoPilot and AI Agents layer. Authenticate with a session cookie ' +
          '(web app; send X-CSRF-Token on writes) or `Authorization: Bearer <api key>`. Errors are ' +
          '`{ "error": { "code", "message", "details" } }` with a stable code.',
      },
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key created in Settings or with `cohelm apikey create`',
          },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The web app's files and the API docs are public: they hold no account data.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) {
      route.config = { ...(route.config as object), public: true };
    }
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
  await app.register(authPlugin, { db, config, listener: deps.listener });

  await app.register(async (api) => registerRoutes(api as unknown as App, routeDeps), { prefix: '/api' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await serveWebApp(app);
  return app as unknown as App;
}
