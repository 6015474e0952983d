import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../shared/errors.js';

export const WEB_DIST = path.resolve(new URL('../../web/dist', import.meta.url).pathname);

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Cohelm</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto">
<h1>Cohelm</h1><p>The web app has not been built. Run <code>npm run build</code> and restart; the API is at
<a href="/api/docs">/api/docs</a>.</p></body>`;

/** Serves the React app: hashed assets as files, every other non-API path as index.html (client routing). */
export async function serveWebApp(app: FastifyInstance): Promise<void> {
  const index = path.join(WEB_DIST, 'index.html');
  const built = fs.existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      cacheControl: false,
      // @fastify/static 10 hands setHeaders the Fastify reply, not the raw response.
      setHeaders: (reply, file) => {
        reply.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  const html = built ? fs.readFileSync(index, 'utf8') : NOT_BUILT;
  const page = async (
    req: { url: string },
    reply: { type(t: string): { header(k: string, v: string): { send(b: string): unknown } } },
  ) => {
    if (req.url.startsWith('/api/') || req.url === '/api')
      throw new AppError('route_not_found', `No route GET ${req.url.split('?')[0]}`);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };
  app.get('/', { config: { public: true }, schema: { hide: true } }, page);
  app.get('/*', { config: { public: true }, schema: { hide: true } }, page);
}
