import { z } from 'zod';

const Number_ = z.object({ label: z.string(), value: z.union([z.number(), z.string(), z.null()]) });

export const DealHealthOut = z.object({
  dealId: z.string(),
  status: z.enum(['healthy', 'watch', 'at_risk']),
  reasons: z.array(z.string()).describe('Why, in words, with the thresholds'),
  staleDays: z.number(),
  activity: z.array(
    z.object({ weekStart: z.string(), comments: z.number(), calls: z.number(), tasksCompleted: z.number() }),
  ),
  activityTrend: z.object({
    direction: z.enum(['rising', 'flat', 'falling']),
    lastFourWeeks: z.number(),
    fourWeeksBefore: z.number(),
  }),
  sentiment: z.array(
    z.object({
      at: z.string(),
      source: z.enum(['call', 'messages']),
      score: z.number(),
      label: z.string(),
      basis: z.string().describe('What was scored'),
    }),
  ),
  sentimentTrend: z.object({
    direction: z.enum(['improving', 'stable', 'worsening', 'unknown']),
    earlier: z.number().nullable(),
    recent: z.number().nullable(),
  }),
  sentimentUnavailable: z.object({ code: z.string(), message: z.string() }).optional(),
  numbers: z.array(Number_).describe('Every figure the status was derived from'),
});
export type DealHealthOut = z.infer<typeof DealHealthOut>;

const Amount = z.object({ currency: z.string(), total: z.number(), weighted: z.number() });
const Totals = z.object({
  count: z.number(),
  amounts: z.array(z.object({ currency: z.string(), total: z.number() })).describe('One entry per currency'),
});

export const PipelineSummaryOut = z.object({
  stages: z.array(
    z.object({
      stageId: z.string(),
      name: z.string(),
      deals: z.number(),
      amounts: z.array(Amount).describe('Per currency: amounts in different currencies are never added'),
    }),
  ),
  totals: z.object({ openDeals: z.number(), amounts: z.array(Amount) }),
  staleDeals: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        staleDays: z.number(),
        ownerName: z.string().nullable(),
      }),
    )
    .describe('Open deals without activity for 14 days or more, the stalest first (at most 20)'),
  staleTotals: Totals.describe('All stale deals, not only the ones listed'),
  closingSoon: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      expectedCloseDate: z.string(),
      amount: z.number().nullable(),
      currency: z.string(),
    }),
  ),
  closingSoonTotals: Totals.describe('All open deals expected to close within 30 days'),
  overdueTasks: z.object({
    count: z.number(),
    top: z.array(
      z.object({ id: z.string(), title: z.string(), dueAt: z.date(), dealTitle: z.string().nullable() }),
    ),
  }),
  winRate: z.object({ won: z.number(), lost: z.number(), rate: z.number().nullable(), days: z.number() }),
  averageDaysToClose: z.number().nullable(),
  atRisk: z.array(z.object({ id: z.string(), title: z.string(), risks: z.array(z.string()) })),
  highlights: z.array(z.string()).describe('3 to 6 sentences written from the numbers above'),
});
export type PipelineSummaryOut = z.infer<typeof PipelineSummaryOut>;

export const PipelineQuery = z.object({ ownerId: z.uuid().optional() });
