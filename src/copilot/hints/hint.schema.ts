import { z } from 'zod';
import { HINT_STATUSES } from '../../store/schema/index.js';
import { HINT_KINDS, TRIGGER_NAMES } from './hint-kinds.js';

export const HintEntityParams = z.object({
  entityType: z.enum(['deal', 'task', 'call']),
  entityId: z.uuid({ message: 'must be a UUID' }),
});

export const HintOut = z.object({
  id: z.string(),
  kind: z.enum(HINT_KINDS),
  trigger: z.string(),
  status: z.enum(HINT_STATUSES),
  text: z.string().nullable(),
  output: z.unknown().nullable(),
  label: z.string().nullable().describe('Show this wherever the hint is shown'),
  contentId: z.string().nullable(),
  technologyId: z.string().nullable(),
  model: z.string().nullable(),
  sourceId: z.string().nullable().describe('The message a suggested reply answers'),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  requestedAt: z.date(),
  computedAt: z.date().nullable(),
});
export type HintOut = z.infer<typeof HintOut>;

export const HintKindParams = HintEntityParams.extend({ kind: z.enum(HINT_KINDS) });

export const TriggerSettingOut = z.object({
  trigger: z.enum(TRIGGER_NAMES as [string, ...string[]]),
  kind: z.enum(HINT_KINDS),
  surface: z.string(),
  title: z.string(),
  enabled: z.boolean(),
});

export const TriggerSettingIn = z.object({ enabled: z.boolean() });
export const TriggerParams = z.object({ trigger: z.enum(TRIGGER_NAMES as [string, ...string[]]) });
