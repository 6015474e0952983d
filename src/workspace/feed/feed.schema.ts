import { z } from 'zod';
import { PageQuery } from '../shared/pagination.js';
import { VersionGuard } from '../shared/stamps.js';

export const FeedPostCreate = z.strictObject({
  title: z.string().trim().max(300).nullable().optional(),
  body: z.string().trim().min(1).max(50_000),
  aiContentId: z
    .uuid()
    .optional()
    .describe('The CoPilot content the text came from: the post keeps its AI label'),
  departmentId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Only this department sees the post; omit for everyone'),
});
export type FeedPostCreate = z.input<typeof FeedPostCreate>;

export const FeedPostUpdate = z
  .strictObject({
    title: z.string().trim().max(300).nullable(),
    body: z.string().trim().min(1).max(50_000),
    departmentId: z.uuid().nullable(),
    version: VersionGuard,
  })
  .partial();
export type FeedPostUpdate = z.input<typeof FeedPostUpdate>;

export const FeedPostOut = z.object({
  id: z.uuid(),
  authorId: z.uuid().nullable(),
  title: z.string().nullable(),
  body: z.string(),
  aiContentId: z.uuid().nullable(),
  departmentId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const FeedListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Text in the title or body'),
  authorId: z.uuid().optional(),
  departmentId: z.uuid().optional().describe('Only posts for this department'),
  sort: z.enum(['createdAt', 'updatedAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type FeedListQuery = z.infer<typeof FeedListQuery>;
