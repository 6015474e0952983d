import { z } from 'zod';
import { createStage } from '../../workspace/pipeline/create-stage.js';
import { deleteStage } from '../../workspace/pipeline/delete-stage.js';
import { listStages } from '../../workspace/pipeline/pipeline.repository.js';
import { StageCreate, StageOut, StageUpdate } from '../../workspace/pipeline/stage.schema.js';
import { updateStage } from '../../workspace/pipeline/update-stage.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, NoContent } from './params.js';

const tags = ['pipeline'];

export async function pipelineRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/pipeline/stages',
    {
      schema: {
        tags,
        summary: 'The account pipeline stages, in order',
        response: { 200: z.object({ items: z.array(StageOut) }) },
      },
    },
    async (req) => ({ items: await listStages(db, req.actor.accountId) }),
  );

  app.post(
    '/pipeline/stages',
    {
      schema: {
        tags,
        summary: 'Add a pipeline stage (admin)',
        body: StageCreate,
        response: { 201: StageOut },
      },
    },
    async (req, reply) => reply.status(201).send(await createStage(db, req.actor, req.body)),
  );

  app.patch(
    '/pipeline/stages/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-rate, reclassify or move a pipeline stage (admin)',
        params: IdParams,
        body: StageUpdate,
        response: { 200: StageOut },
      },
    },
    async (req) => updateStage(db, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/pipeline/stages/:id',
    {
      schema: {
        tags,
        summary: 'Delete a pipeline stage with no deals in it (admin; one open stage always remains)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await deleteStage(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
