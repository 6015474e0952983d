import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { pageOf } from '../../workspace/shared/pagination.js';
import type { App } from '../types.js';
import { IdParams, NoContent } from './params.js';

type Crud<Q, C, U> = {
  /** URL path under /api, e.g. `/companies`. */
  path: string;
  tag: string;
  /** Singular noun for summaries. */
  noun: string;
  /** Summaries that say more than the defaults (e.g. who may delete). */
  summaries?: Partial<Record<'list' | 'create' | 'get' | 'update' | 'remove', string>>;
  Out: z.ZodType;
  Create: z.ZodType<unknown, C>;
  Update: z.ZodType<unknown, U>;
  ListQuery: z.ZodType<Q>;
  list(actor: Actor, query: Q): Promise<{ items: unknown[]; total: number; limit: number; offset: number }>;
  create(actor: Actor, body: C): Promise<unknown>;
  get(actor: Actor, id: string): Promise<unknown>;
  update(actor: Actor, id: string, body: U): Promise<unknown>;
  remove(actor: Actor, id: string): Promise<void>;
};

/**
 * The five routes every workspace record has — list, create, get, patch, delete — as thin adapters:
 * the schemas validate and document, the use cases decide.
 */
export function crudRoutes<Q, C, U>(app: App, r: Crud<Q, C, U>): void {
  const tags = [r.tag];
  const byId = `${r.path}/:id`;
  const summary = {
    list: `List ${r.tag} you can see`,
    create: `Create a ${r.noun}`,
    get: `Get a ${r.noun}`,
    update: `Update a ${r.noun} (send version to guard against lost updates)`,
    remove: `Delete a ${r.noun} (owner or admin)`,
    ...r.summaries,
  };
  app.get(
    r.path,
    { schema: { tags, summary: summary.list, querystring: r.ListQuery, response: { 200: pageOf(r.Out) } } },
    async (req) => r.list(req.actor, req.query as Q),
  );
  app.post(
    r.path,
    { schema: { tags, summary: summary.create, body: r.Create, response: { 201: r.Out } } },
    async (req, reply) => reply.status(201).send(await r.create(req.actor, req.body as C)),
  );
  app.get(
    byId,
    { schema: { tags, summary: summary.get, params: IdParams, response: { 200: r.Out } } },
    async (req) => r.get(req.actor, req.params.id),
  );
  app.patch(
    byId,
    {
      schema: {
        tags,
        summary: summary.update,
        params: IdParams,
        body: r.Update,
        response: { 200: r.Out },
      },
    },
    async (req) => r.update(req.actor, req.params.id, req.body as U),
  );
  app.delete(
    byId,
    { schema: { tags, summary: summary.remove, params: IdParams, response: NoContent } },
    async (req, reply) => {
      await r.remove(req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
