import type { EntityContext } from './entity-context.js';

type LocalTurn =
  | { kind: 'task'; task: { task: string; input: string; options?: Record<string, unknown> } }
  | { kind: 'notice'; text: string };

const CAPABILITIES =
  'The built-in local engine does not converse, but it can work on this conversation and what it was opened from: ask for a summary, a brief, the risks, the action items, the sentiment, or a follow-up email. For free conversation, an administrator can connect a generative AI technology.';

/**
 * The local engine cannot chat; it can run its tasks. A turn is mapped to the task it asks for, on
 * the entity's context (or on the text the user pasted), or answered with what the engine can do.
 */
export function localChatTurn(text: string, ctx: EntityContext | undefined): LocalTurn {
  const source = ctx ? [ctx.facts, ...ctx.timeline].join('\n') : '';
  const pasted = text.length > 280 ? text : '';
  const input = pasted || source;
  const ask = text.toLowerCase();
  if (!input) return { kind: 'notice', text: CAPABILITIES };
  if (
    ctx?.facts_raw &&
    !pasted &&
    /\b(brief|status|risks?|where .* stand|overview|summar\w*|recap|tl;?dr|gist)\b/.test(ask)
  )
    return {
      kind: 'task',
      task: {
        task: 'deal_brief',
        input: ctx.timeline.join('\n') || ctx.title,
        options: { facts: ctx.facts_raw },
      },
    };
  if (/\b(action items?|to-?dos?|next steps?|tasks?)\b/.test(ask))
    return { kind: 'task', task: { task: 'action_items', input } };
  if (/\b(e-?mail|follow[- ]?up)\b/.test(ask))
    return { kind: 'task', task: { task: 'follow_up_email', input } };
  if (/\b(sentiment|mood|tone|feel)\b/.test(ask)) return { kind: 'task', task: { task: 'sentiment', input } };
  if (/\b(summar\w*|recap|tl;?dr|gist)\b/.test(ask) || pasted)
    return { kind: 'task', task: { task: 'summarize', input, options: { sentences: 4 } } };
  return { kind: 'notice', text: CAPABILITIES };
}
