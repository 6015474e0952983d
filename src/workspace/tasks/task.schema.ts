import { z } from 'zod';
import { TASK_PRIORITIES, TASK_STATUSES } from '../../store/schema/index.js';
import { listParam, PageQuery } from '../shared/pagination.js';
import { VersionGuard } from '../shared/stamps.js';

const ChecklistItemIn = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  text: z.string().trim().min(1).max(500),
  done: z.boolean().default(false),
});

const fields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20_000),
  descriptionAiContentId: z
    .uuid()
    .nullable()
    .describe('The CoPilot content the description came from: it keeps its AI label'),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  assigneeId: z.uuid(),
  dealId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  checklist: z
    .array(ChecklistItemIn)
    .max(100)
    .refine((items) => {
      const ids = items.flatMap((i) => (i.id ? [i.id] : []));
      return new Set(ids).size === ids.length;
    }, 'checklist item ids must be unique')
    .describe('The whole checklist; items without an id get one'),
  participantIds: z.array(z.uuid()).max(100),
};

export const TaskCreate = z.strictObject({
  title: fields.title,
  description: fields.description.default(''),
  descriptionAiContentId: fields.descriptionAiContentId.optional(),
  status: fields.status.default('open'),
  priority: fields.priority.default('normal'),
  dueAt: fields.dueAt.optional(),
  assigneeId: fields.assigneeId.optional(),
  dealId: fields.dealId.optional(),
  contactId: fields.contactId.optional(),
  checklist: fields.checklist.default([]),
  participantIds: fields.participantIds.default([]),
});
export type TaskCreate = z.input<typeof TaskCreate>;

export const TaskUpdate = z.strictObject({ ...fields, version: VersionGuard }).partial();
export type TaskUpdate = z.input<typeof TaskUpdate>;

export const TaskOut = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  descriptionAiContentId: z.uuid().nullable(),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  dueAt: z.date().nullable(),
  assigneeId: z.uuid().nullable(),
  createdBy: z.uuid().nullable(),
  dealId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  checklist: z.array(z.object({ id: z.string(), text: z.string(), done: z.boolean() })),
  participantIds: z.array(z.uuid()),
  completedAt: z.date().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const TaskListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Text in the title or description'),
  status: listParam(z.enum(TASK_STATUSES)).optional(),
  assigneeId: listParam(z.uuid()).optional(),
  dealId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  due: z
    .enum(['overdue', 'today', 'week'])
    .optional()
    .describe('Open tasks overdue, due today, or due within 7 days'),
  sort: z.enum(['createdAt', 'updatedAt', 'dueAt', 'priority', 'title']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;
