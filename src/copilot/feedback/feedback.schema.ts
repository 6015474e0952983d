import { z } from 'zod';
import { FEEDBACK_OUTCOMES } from '../../store/schema/index.js';

export const ContentParams = z.object({ contentId: z.uuid({ message: 'must be a UUID' }) });

export const FeedbackIn = z
  .strictObject({
    rating: z
      .union([z.literal(1), z.literal(-1)])
      .nullable()
      .optional()
      .describe('1 thumbs up, -1 down, null to clear'),
    comment: z.string().trim().max(2000).nullable().optional(),
    outcome: z.enum(FEEDBACK_OUTCOMES).optional().describe('What you did with the text'),
  })
  .refine((f) => f.rating !== undefined || f.comment !== undefined || f.outcome !== undefined, {
    message: 'Send a rating, a comment or an outcome',
  });

export const FeedbackOut = z.object({
  contentId: z.string(),
  rating: z.number().nullable(),
  comment: z.string().nullable(),
  outcome: z.enum(FEEDBACK_OUTCOMES).nullable(),
  shared: z.boolean(),
});

export const ShareIn = z.strictObject({
  input: z.string().max(100_000).optional().describe('What you asked, if you want admins to see it'),
  note: z.string().trim().max(2000).optional(),
});

const Rate = z.object({
  key: z.string(),
  title: z.string(),
  answers: z.number().describe('Contents produced'),
  rated: z.number(),
  up: z.number(),
  down: z.number(),
  accepted: z.number(),
  edited: z.number(),
  discarded: z.number(),
  acceptanceRate: z.number().nullable().describe('(accepted + edited) / decided; null before any decision'),
});
export const FeedbackStatsOut = z.object({
  byPreprompt: z.array(Rate),
  byTechnology: z.array(Rate),
});

export const SharedOut = z.object({
  contentId: z.string(),
  userName: z.string().nullable(),
  surface: z.string(),
  prepromptRef: z.string().nullable(),
  technologyId: z.string().nullable(),
  rating: z.number().nullable(),
  comment: z.string().nullable(),
  input: z.string().nullable(),
  output: z.string().nullable(),
  sharedAt: z.date(),
});
