import {
  DealHealthOut,
  dealHealth,
  PipelineQuery,
  PipelineSummaryOut,
  pipelineSummary,
} from '../../copilot/index.js';
import { clientGone } from '../sse.js';
import type { App, AppDeps } from '../types.js';
import { IdParams } from './params.js';

const tags = ['copilot'];

export async function copilotAnalyticsRoutes(app: App, { db, governance: g }: AppDeps) {
  app.get(
    '/copilot/analytics/deals/:id/health',
    {
      schema: {
        tags,
        summary:
          "A deal's health: staleness, activity and sentiment trends, with the numbers behind the verdict",
        params: IdParams,
        response: { 200: DealHealthOut },
      },
    },
    async (req, reply) => dealHealth(db, g, req.actor, req.params.id, clientGone(reply)),
  );
  app.get(
    '/copilot/analytics/pipeline',
    {
      schema: {
        tags,
        summary:
          'The pipeline of the deals you can see: per stage, stale, closing soon, overdue, win rate, risks',
        querystring: PipelineQuery,
        response: { 200: PipelineSummaryOut },
      },
    },
    async (req) => pipelineSummary(db, req.actor, req.query.ownerId),
  );
}
