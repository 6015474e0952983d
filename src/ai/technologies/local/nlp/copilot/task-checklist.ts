import { analyze } from '../nlp.js';
import { checklistItems } from './checklist-items.js';
import { asSentence, capitaliseWords, removeFillers } from './tidy-text.js';

const LEADING_AND = /^and\s+(?:then\s+)?/i;
const LIST_MARKER = /^\s*(?:[-*•]|\d{1,2}[.)]|\[ ?\])\s+/;

/**
 * A task's description in clean sentences (filler removed, capitals and full stops where they belong)
 * and the checklist items it contains. Input: the title, a blank line, the description. A text with
 * no actions gets an empty checklist, never a made-up one.
 */
export function taskChecklist(input: string): { description: string; checklist: string[] } {
  const [title = '', ...rest] = input.split(/\n\s*\n/);
  const body = rest.join('\n\n').trim() || title;
  const description = body
    .split(/\n+/)
    .map((line) => line.replace(LIST_MARKER, '').trim())
    .filter(Boolean)
    .flatMap((line) =>
      analyze(removeFillers(line)).map((s) => removeFillers(s.text).replace(LEADING_AND, '')),
    )
    .filter((s) => /\p{L}/u.test(s))
    .map((s) => asSentence(capitaliseWords(s)))
    .join(' ');
  return { description, checklist: checklistItems(body) };
}
