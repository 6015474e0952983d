import { z } from 'zod';
import { ApiKeyOut, listApiKeys, revokeApiKey } from '../../workspace/auth/api-keys.js';
import { ApiKeyIssue, issueApiKey } from '../../workspace/auth/issue-api-key.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf, NoContent } from './params.js';

const tags = ['api keys'];

export async function apiKeyRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api-keys',
    {
      schema: {
        tags,
        summary: 'Your API keys (admins: all of the account); only their prefix, never the key',
        response: { 200: itemsOf(ApiKeyOut) },
      },
    },
    async (req) => ({ items: await listApiKeys(db, req.actor) }),
  );
  app.post(
    '/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key; the key is shown in this answer only',
        body: ApiKeyIssue,
        response: {
          201: ApiKeyOut.extend({ key: z.string().describe('Send as Authorization: Bearer <key>') }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await issueApiKey(db, req.actor, req.body)),
  );
  app.delete(
    '/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API key (yours; admins: any in the account)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await revokeApiKey(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
