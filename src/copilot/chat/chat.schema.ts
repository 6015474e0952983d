import { z } from 'zod';
import { LIBRARY_SCOPES } from '../../store/schema/index.js';

export const RoleIn = z.strictObject({
  scope: z.enum(LIBRARY_SCOPES),
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(300).default(''),
  instructions: z.string().trim().min(1).max(10_000),
});
export const RoleUpdate = RoleIn.omit({ scope: true }).partial();

export const RoleOut = z.object({
  ref: z.string().describe('builtin:<code> or the role id'),
  id: z.string().nullable(),
  scope: z.enum(['builtin', ...LIBRARY_SCOPES]),
  name: z.string(),
  description: z.string(),
  instructions: z.string(),
  editable: z.boolean(),
});
export type RoleOut = z.infer<typeof RoleOut>;

export const ChatIn = z
  .strictObject({
    roleRef: z.string().min(1).max(100).describe('builtin:<code> or a role id'),
    entityType: z.enum(['deal', 'task', 'call']).optional(),
    entityId: z.uuid().optional(),
    title: z.string().trim().min(1).max(200).optional(),
  })
  .refine((c) => (c.entityType === undefined) === (c.entityId === undefined), {
    message: 'Give both entityType and entityId, or neither',
    path: ['entityId'],
  });

export const ChatOut = z.object({
  id: z.string(),
  roleRef: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  title: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ChatMessageOut = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  contentId: z.string().nullable(),
  label: z.string().nullable(),
  createdAt: z.date(),
});

export const ChatTurnIn = z.strictObject({
  text: z.string().trim().min(1).max(20_000),
  technologyId: z.string().min(1).max(100).optional(),
});
