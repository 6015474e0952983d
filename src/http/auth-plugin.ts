import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { AppError } from '../shared/errors.js';
import { sha256 } from '../shared/tokens.js';
import type { Database } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';
import { resolveApiKey } from '../workspace/auth/api-keys.js';
import { AuthCache } from '../workspace/auth/auth-cache.js';
import { resolveSession, SESSION_COOKIE } from '../workspace/auth/sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearer(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const [scheme, value] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !value) {
    throw new AppError('unauthenticated', 'Use "Authorization: Bearer <api key>"');
  }
  return value.trim();
}

/**
 * Authenticates every non-public route: an API key in `Authorization: Bearer`, or the session cookie.
 * Cookie-authenticated requests that change state must carry the CSRF token (header X-CSRF-Token).
 */
export const authPlugin = fp<{ db: Database; config: Config; listener?: PgListener }>(
  async (app, { db, config, listener }) => {
    const cache = new AuthCache(listener);
    app.addHook('onClose', async () => cache.dispose());
    app.decorateRequest('actor', undefined as never);
    app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      if (!req.routeOptions.url || req.routeOptions.config.public) return;
      const key = bearer(req);
      if (key) {
        const actor = await cache.resolve(`k:${key}`, () => resolveApiKey(db, key));
        if (!actor) throw new AppError('unauthenticated', 'The API key is invalid or revoked');
        req.actor = actor;
        return;
      }
      const token = req.cookies[SESSION_COOKIE];
      const actor = token
        ? await cache.resolve(`s:${token}`, () => resolveSession(db, token, config.COHELM_SESSION_DAYS))
        : undefined;
      if (!actor) throw new AppError('unauthenticated', 'Sign in first');
      req.actor = actor;
      if (!SAFE_METHODS.has(req.method)) {
        // csrfProtection reports failure by sending on the reply; catch that and raise our own error.
        let failed = false;
        const probe = Object.create(reply, { send: { value: () => (failed = true) } }) as FastifyReply;
        app.csrfProtection(req, probe, () => {});
        if (failed)
          throw new AppError('csrf_invalid', 'Missing or invalid CSRF token (send the X-CSRF-Token header)');
      }
    });
  },
);

/** A CSRF token bound to the given session (see getUserInfo in app.ts). */
export const issueCsrfToken = (reply: FastifyReply, sessionToken: string): string =>
  reply.generateCsrf({ userInfo: sha256(sessionToken) });
