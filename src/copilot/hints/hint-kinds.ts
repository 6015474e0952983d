import type { DomainEventType } from '../../events/outbox.js';

export const HINT_KINDS = [
  'deal_brief',
  'task_checklist',
  'talking_points',
  'call_summary',
  'suggest_reply',
] as const;
export type HintKind = (typeof HINT_KINDS)[number];

export type HintEntity = 'deal' | 'task' | 'call';

/**
 * The system events CoPilot answers, each with the hint it prepares. Admins switch each trigger off
 * or on (absent from the settings table = on); the surface's own AI switch still applies on top.
 */
export const COPILOT_TRIGGERS = {
  'deal.opened': {
    kind: 'deal_brief',
    entityType: 'deal',
    surface: 'deal',
    title: 'Deal brief when a deal is opened',
  },
  'task.created': {
    kind: 'task_checklist',
    entityType: 'task',
    surface: 'task',
    title: 'Checklist and clearer description for a new task',
  },
  'call.started': {
    kind: 'talking_points',
    entityType: 'call',
    surface: 'call',
    title: 'Talking points when a call starts',
  },
  'call.ended': {
    kind: 'call_summary',
    entityType: 'call',
    surface: 'call',
    title: 'Summary, agreements and action items when a call with a transcript ends',
  },
  'message.posted': {
    kind: 'suggest_reply',
    entityType: 'deal',
    surface: 'deal',
    title: 'Suggested reply to a message on a deal',
  },
} as const satisfies Partial<
  Record<DomainEventType, { kind: HintKind; entityType: HintEntity; surface: string; title: string }>
>;
export type CopilotTrigger = keyof typeof COPILOT_TRIGGERS;
export const TRIGGER_NAMES = Object.keys(COPILOT_TRIGGERS) as CopilotTrigger[];

/** A transcript saved after the call ended is the same trigger as the end of a call with one. */
export const TRIGGER_ALIASES: Partial<Record<string, CopilotTrigger>> = {
  'call.transcript_updated': 'call.ended',
};

export const triggerFor = (eventType: string): CopilotTrigger | undefined =>
  eventType in COPILOT_TRIGGERS ? (eventType as CopilotTrigger) : TRIGGER_ALIASES[eventType];
