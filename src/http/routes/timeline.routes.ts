import { TIMELINE_ENTITIES, type TimelineEntity } from '../../store/schema/index.js';
import { pageOf } from '../../workspace/shared/pagination.js';
import { deleteMessage, editMessage } from '../../workspace/timeline/edit-message.js';
import { listTimeline } from '../../workspace/timeline/list-timeline.js';
import { MessageIn, MessageOut, TimelineQuery } from '../../workspace/timeline/message.schema.js';
import { postMessage } from '../../workspace/timeline/post-message.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, NoContent } from './params.js';

const PATHS: Record<TimelineEntity, string> = {
  deal: 'deals',
  contact: 'contacts',
  company: 'companies',
  task: 'tasks',
  call: 'calls',
};

export async function timelineRoutes(app: App, { db }: AppDeps) {
  for (const entity of TIMELINE_ENTITIES) {
    const tags = [PATHS[entity]];
    app.get(
      `/${PATHS[entity]}/:id/messages`,
      {
        schema: {
          tags,
          summary: `The ${entity}'s timeline: comments and system notes`,
          params: IdParams,
          querystring: TimelineQuery,
          response: { 200: pageOf(MessageOut) },
        },
      },
      async (req) => listTimeline(db, req.actor, entity, req.params.id, req.query),
    );
    app.post(
      `/${PATHS[entity]}/:id/messages`,
      {
        schema: {
          tags,
          summary: `Comment on a ${entity}`,
          params: IdParams,
          body: MessageIn,
          response: { 201: MessageOut },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await postMessage(db, req.actor, entity, req.params.id, req.body)),
    );
  }

  app.patch(
    '/messages/:id',
    {
      schema: {
        tags: ['timeline'],
        summary: 'Edit your comment',
        params: IdParams,
        body: MessageIn,
        response: { 200: MessageOut },
      },
    },
    async (req) => editMessage(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/messages/:id',
    {
      schema: {
        tags: ['timeline'],
        summary: 'Delete a comment (author or admin)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await deleteMessage(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
