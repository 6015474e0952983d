import { ExternalEventIn, ExternalEventOut, ingestEvent } from '../../events/ingest-event.js';
import type { App, AppDeps } from '../types.js';

export async function eventRoutes(app: App, { db }: AppDeps) {
  app.post(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Send an event from your CRM (idempotent by id)',
        description:
          'Lets an existing CRM use Cohelm as its AI layer: its events enter the same outbox as Cohelm’s own. ' +
          'Answers 202 for a new event and 200 with duplicate=true for an id already received.',
        body: ExternalEventIn,
        response: { 200: ExternalEventOut, 202: ExternalEventOut },
      },
    },
    async (req, reply) => {
      const result = await ingestEvent(db, req.actor, req.body);
      return reply.status(result.duplicate ? 200 : 202).send(result);
    },
  );
}
