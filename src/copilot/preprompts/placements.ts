import type { Surface } from '../../governance/index.js';

/**
 * Every text editor CoPilot sits in: its surface (which decides enablement and technology) and the
 * entity whose timeline is the editor's context.
 */
export const PLACEMENTS = {
  feed_post: { surface: 'feed', label: 'Feed post', context: null },
  feed_comment: { surface: 'feed', label: 'Feed comment', context: null },
  task_description: { surface: 'task', label: 'Task description', context: 'task' },
  task_comment: { surface: 'task', label: 'Task comment', context: 'task' },
  deal_comment: { surface: 'deal', label: 'Deal comment', context: 'deal' },
  call_comment: { surface: 'call', label: 'Call comment', context: 'call' },
  chat: { surface: 'chat', label: 'Chat', context: null },
  mail: { surface: 'mail', label: 'Mail', context: null },
  crm_mail: { surface: 'mail', label: 'CRM mail', context: 'deal' },
} as const satisfies Record<
  string,
  { surface: Surface; label: string; context: 'deal' | 'task' | 'call' | null }
>;

export type Placement = keyof typeof PLACEMENTS;
export const PLACEMENT_NAMES = Object.keys(PLACEMENTS) as [Placement, ...Placement[]];
export const SECTIONS = ['create', 'edit'] as const;
export type Section = (typeof SECTIONS)[number];
