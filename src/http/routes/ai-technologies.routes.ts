import { z } from 'zod';
import {
  ProbeIn,
  TechnologyIn,
  TechnologyOut,
  TechnologyUpdate,
  TestResultOut,
  technologies,
} from '../../governance/index.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf } from './params.js';

const tags = ['ai technologies'];

export async function aiTechnologyRoutes(app: App, { governance: g }: AppDeps) {
  app.get(
    '/ai/technologies',
    {
      schema: {
        tags,
        summary: 'AI technologies of the account, the built-in local engine first, with health (admin)',
        response: { 200: itemsOf(TechnologyOut) },
      },
    },
    async (req) => ({ items: await technologies.listTechnologies(g, req.actor) }),
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
    async (req, reply) => reply.status(201).send(await technologies.connect(g, req.actor, req.body)),
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
    async (req) => technologies.probe(g, req.actor, req.body),
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
    async (req) => technologies.getTechnology(g, req.actor, req.params.id),
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
    async (req) => technologies.update(g, req.actor, req.params.id, req.body),
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
    async (req) => technologies.test(g, req.actor, req.params.id),
  );
}
