import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import type { App, AppDeps } from '../types.js';

export async function systemRoutes(app: App, deps: AppDeps) {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness: the process answers',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Readiness: the database answers',
        response: { 200: z.object({ status: z.literal('ready'), database: z.literal('ok') }) },
      },
    },
    async () => {
      try {
        await deps.ping();
      } catch (err) {
        throw new AppError('service_unavailable', `The database does not answer: ${(err as Error).message}`);
      }
      return { status: 'ready' as const, database: 'ok' as const };
    },
  );
}
