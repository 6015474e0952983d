import { AiRequestIn, AiResultOut } from '../../ai/requests/ai-request.schema.js';
import { runAiRequest, streamAiRequest } from '../../ai/requests/run-ai-request.js';
import type { App, AppDeps } from '../types.js';

const tags = ['ai requests'];

export async function aiRequestRoutes(app: App, { db, ai }: AppDeps) {
  app.post(
    '/ai/requests',
    {
      schema: {
        tags,
        summary: 'Run an AI request on a surface: a task (summarize, action_items, …) or a chat',
        description:
          'With `stream: true` the answer is `text/event-stream`: one `data:` line per part (start, text-delta, ' +
          'tool-call, finish or error); it always ends with a finish or an error part. Closing the connection ' +
          'cancels the request at the provider.',
        body: AiRequestIn,
        response: { 200: AiResultOut },
      },
    },
    async (req, reply) => {
      const ac = new AbortController();
      // The response closing before it finished means the client went away: cancel at the provider.
      // (The request's own 'close' fires as soon as its body is read, so it cannot tell.)
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) ac.abort();
      });
      if (!req.body.stream) return runAiRequest(db, ai, req.actor, req.body, ac.signal);
      const parts = await streamAiRequest(db, ai, req.actor, req.body, ac.signal);
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-request-id': String(req.id),
        'x-accel-buffering': 'no',
      });
      for await (const part of parts) {
        if (reply.raw.destroyed) break;
        reply.raw.write(`data: ${JSON.stringify(part)}\n\n`);
      }
      reply.raw.end();
    },
  );
}
