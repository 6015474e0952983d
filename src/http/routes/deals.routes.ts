import { createDeal } from '../../workspace/deals/create-deal.js';
import { DealCreate, DealListQuery, DealOut, DealUpdate } from '../../workspace/deals/deal.schema.js';
import { getDeal, listDeals } from '../../workspace/deals/deals.repository.js';
import { deleteDeal } from '../../workspace/deals/delete-deal.js';
import { openDeal } from '../../workspace/deals/open-deal.js';
import { updateDeal } from '../../workspace/deals/update-deal.js';
import { pageOf } from '../../workspace/shared/pagination.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, NoContent } from './params.js';

const tags = ['deals'];

export async function dealRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/deals',
    {
      schema: {
        tags,
        summary: 'List deals you can see, with filters',
        querystring: DealListQuery,
        response: { 200: pageOf(DealOut) },
      },
    },
    async (req) => listDeals(db, req.actor, req.query),
  );

  app.post(
    '/deals',
    { schema: { tags, summary: 'Create a deal', body: DealCreate, response: { 201: DealOut } } },
    async (req, reply) => reply.status(201).send(await createDeal(db, req.actor, req.body)),
  );

  app.get(
    '/deals/:id',
    { schema: { tags, summary: 'Get a deal', params: IdParams, response: { 200: DealOut } } },
    async (req) => getDeal(db, req.actor, req.params.id),
  );

  app.patch(
    '/deals/:id',
    {
      schema: {
        tags,
        summary: 'Update a deal (send version to guard against lost updates)',
        params: IdParams,
        body: DealUpdate,
        response: { 200: DealOut },
      },
    },
    async (req) => updateDeal(db, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/deals/:id',
    { schema: { tags, summary: 'Delete a deal (owner or admin)', params: IdParams, response: NoContent } },
    async (req, reply) => {
      await deleteDeal(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/deals/:id/open',
    {
      schema: {
        tags,
        summary: 'Record that you opened the deal page (emits deal.opened)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await openDeal(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
