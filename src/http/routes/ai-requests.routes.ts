import {
  AiRequestIn,
  AiResultOut,
  runGovernedRequest,
  streamGovernedRequest,
  toGovernedRequest,
} from '../../governance/index.js';
import { clientGone, writeSse } from '../sse.js';
import type { App, AppDeps } from '../types.js';

const tags = ['ai requests'];

export async function aiRequestRoutes(app: App, { governance: g }: AppDeps) {
  app.post(
    '/ai/requests',
    {
      schema: {
        tags,
        summary:
          'Run an AI request on a surface through the governed pipeline: a task (summarize, …) or a chat',
        description:
          'Every request passes enablement, consent, the usage guard, fair-usage limits and personal-data masking ' +
          'before a model sees it; the answer is stored as labelled, signed content and written to the audit ledger. ' +
          'With `stream: true` the answer is `text/event-stream`: one `data:` line per part (start, text-delta, ' +
          'tool-call, finish or error); it always ends with a finish (with `contentId` and `label`) or an error part. ' +
          'A denial before the model is an ordinary error response. Closing the connection cancels the request.',
        body: AiRequestIn,
        response: { 200: AiResultOut },
      },
    },
    async (req, reply) => {
      const signal = clientGone(reply);
      const governed = toGovernedRequest(req.actor, req.body);
      if (!req.body.stream) return runGovernedRequest(g, governed, signal);
      await writeSse(req, reply, await streamGovernedRequest(g, governed, signal));
    },
  );
}
