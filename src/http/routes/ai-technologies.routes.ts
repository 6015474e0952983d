import { z } from 'zod';
import { connectTechnology } from '../../ai/settings/connect-technology.js';
import {
  findTechnology,
  listTechnologyRows,
  localOut,
  toOut,
} from '../../ai/settings/technologies.repository.js';
import {
  ProbeIn,
  TechnologyIn,
  TechnologyOut,
  TechnologyUpdate,
  TestResultOut,
} from '../../ai/settings/technology.schema.js';
import { probeEndpoint, testTechnology } from '../../ai/settings/test-technology.js';
import { updateTechnology } from '../../ai/settings/update-technology.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf } from './params.js';

const tags = ['ai technologies'];

export async function aiTechnologyRoutes(app: App, { db, ai }: AppDeps) {
  app.get(
    '/ai/technologies',
    {
      schema: {
        tags,
        summary: 'AI technologies of the account, the built-in local engine first, with health (admin)',
        response: { 200: itemsOf(TechnologyOut) },
      },
    },
    async (req) => {
      requireAdmin(req.actor);
      const rows = await listTechnologyRows(db, req.actor.accountId);
      return { items: [localOut(ai), ...(await Promise.all(rows.map((r) => toOut(db, r, ai))))] };
    },
  );
  app.post(
    '/ai/technologies',
    {
      schema: {
        tags,
        summary:
          'Connect an AI technology (admin); the endpoint is tested first and nothing is saved if it fails',
        body: TechnologyIn,
        response: { 201: TechnologyOut },
      },
    },
    async (req, reply) => reply.status(201).send(await connectTechnology(db, ai, req.actor, req.body)),
  );
  app.post(
    '/ai/technologies/probe',
    {
      schema: {
        tags,
        summary: 'Try an endpoint and key before connecting: lists the models it offers (admin)',
        body: ProbeIn,
        response: { 200: TestResultOut },
      },
    },
    async (req) => probeEndpoint(ai, req.actor, req.body),
  );
  app.get(
    '/ai/technologies/:id',
    {
      schema: {
        tags,
        summary: 'One AI technology (admin)',
        params: IdParams,
        response: { 200: TechnologyOut },
      },
    },
    async (req) => {
      requireAdmin(req.actor);
      return toOut(db, await findTechnology(db, req.actor, req.params.id), ai);
    },
  );
  app.patch(
    '/ai/technologies/:id',
    {
      schema: {
        tags,
        summary: 'Change or disable an AI technology (admin); a new URL, key or model list is tested first',
        params: IdParams,
        body: TechnologyUpdate,
        response: { 200: TechnologyOut },
      },
    },
    async (req) => updateTechnology(db, ai, req.actor, req.params.id, req.body),
  );
  app.post(
    '/ai/technologies/:id/test',
    {
      schema: {
        tags,
        summary: 'Test the endpoint again (admin); the outcome is returned and kept',
        params: IdParams,
        body: z.object({}).optional(),
        response: { 200: TestResultOut },
      },
    },
    async (req) => testTechnology(db, ai, req.actor, req.params.id),
  );
}
