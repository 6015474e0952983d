import { analyze } from '../nlp.js';
import { checklistItems } from './checklist-items.js';

const FILLER = /\b(?:basically|just|kind of|sort of|you know|i guess|actually|like,)\s*/gi;

/** A task's description in clean sentences, and the checklist items it contains. */
export function taskChecklist(input: string): { description: string; checklist: string[] } {
  const [title = '', ...rest] = input.split(/\n\s*\n/);
  const body = rest.join('\n\n').trim() || title;
  const description = analyze(body.replace(FILLER, ''))
    .map((s) => {
      const t = s.text.trim().replace(/\s{2,}/g, ' ');
      const cased = t.charAt(0).toUpperCase() + t.slice(1);
      return /[.!?]$/.test(cased) ? cased : `${cased}.`;
    })
    .join(' ');
  return { description, checklist: checklistItems(body) };
}
