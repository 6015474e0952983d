import { type ActionItem, actionItemsOf } from './action-items.js';
import { dealFactsOf } from './deal-facts.js';
import { analyze } from './nlp.js';
import { summarizeSentences } from './summarize.js';

export type FilledTemplate = { text: string; missing: string[] };
export type FollowUpInput = { text: string; contactName?: string; senderName?: string; referenceDate?: Date };
export type FollowUpEmail = { subject: string; body: string };

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
const MAX_RISKS = 3;

function lookup(facts: Record<string, unknown>, path: string): unknown {
  let current: unknown = facts;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

// Only values that read as text are filled; objects, empty lists and null stay visibly unfilled.
function render(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(render).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  return null;
}

/**
 * Replaces `{{path.to.value}}` with values from `facts` (arrays joined with ", "). A placeholder with
 * no usable value stays in the text as `[path]` and is listed once in `missing`.
 */
export function fillTemplate(template: string, facts: Record<string, unknown>): FilledTemplate {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (_, path: string) => {
    const value = render(lookup(facts, path));
    if (value !== null) return value;
    if (!missing.includes(path)) missing.push(path);
    return `[${path}]`;
  });
  return { text, missing };
}

const EMAIL_TEMPLATE = `Hi {{contactName}},

Thank you for your time. Here is a short recap of what we discussed:

{{recap}}

Agreed next steps:
{{nextSteps}}
{{openPoints}}
Please let me know if I missed or misunderstood anything.

Best regards,
{{senderName}}`;

function stepLine(item: ActionItem): string {
  const who = item.owner ?? 'owner to be confirmed';
  const when = item.due ? `, due ${item.dueText ? `${item.dueText}, ` : ''}${item.due}` : '';
  return `- ${item.action[0]!.toUpperCase()}${item.action.slice(1)} (${who}${when})`;
}

/**
 * A follow-up email skeleton built only from what the text says: a recap (extractive summary), the
 * action items with owners and dates, and open risks. Unknown names stay as `[contactName]`-style
 * placeholders for the sender to fill in.
 */
export function followUpEmail(input: FollowUpInput): FollowUpEmail {
  const sentences = analyze(input.text);
  const recap = summarizeSentences(sentences, { format: 'bullets' }).text;
  const referenceDate = input.referenceDate ?? new Date();
  const items = actionItemsOf(sentences, referenceDate);
  const { risks } = dealFactsOf(sentences, referenceDate, items);
  const openPoints = risks.slice(0, MAX_RISKS).map((risk) => `- ${risk}`);
  const { text } = fillTemplate(EMAIL_TEMPLATE, {
    contactName: input.contactName,
    senderName: input.senderName,
    recap: recap || undefined,
    nextSteps: items.length > 0 ? items.map(stepLine).join('\n') : undefined,
    openPoints: openPoints.length > 0 ? `\nOpen points we noted:\n${openPoints.join('\n')}\n` : '',
  });
  return {
    subject: items.length > 0 ? 'Follow-up and next steps' : 'Follow-up on our conversation',
    body: text,
  };
}
