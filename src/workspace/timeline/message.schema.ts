import { z } from 'zod';
import { TIMELINE_ENTITIES } from '../../store/schema/index.js';
import { PageQuery } from '../shared/pagination.js';

export const MessageIn = z.strictObject({
  body: z.string().trim().min(1).max(20_000),
  aiContentId: z
    .uuid()
    .optional()
    .describe('The CoPilot content the text came from: the comment keeps its AI label'),
});
export const MessageOut = z.object({
  id: z.uuid(),
  entityType: z.enum(TIMELINE_ENTITIES),
  entityId: z.uuid(),
  kind: z.enum(['comment', 'system']),
  authorId: z.uuid().nullable(),
  body: z.string(),
  aiContentId: z.uuid().nullable().describe('Set when the text came from CoPilot'),
  editedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type MessageOut = z.infer<typeof MessageOut>;
export const TimelineQuery = PageQuery.extend({ order: z.enum(['asc', 'desc']).default('asc') });
