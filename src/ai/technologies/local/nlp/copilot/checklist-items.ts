import { analyze } from '../nlp.js';
import { capitaliseWords, removeFillers } from './tidy-text.js';

// What people put before an action in notes; the item starts after it.
const LEAD_IN =
  /^(?:(?:and|then|also|so|first|next|finally|afterwards|after that)\s*,?\s+)*(?:(?:please|pls|kindly)\s+)?(?:(?:we|i|you|someone)\s+(?:need|needs|have|has|should|must|will|['’]ll|want)\s+to\s+|(?:we|i|you)['’]ll\s+|(?:need|needs|have|has)\s+to\s+|(?:don['’]t|do not)\s+forget\s+to\s+|(?:make sure|remember)\s+(?:to|that we)\s+|to\s+)?/i;
const SPLIT = /\s*(?:;|\band then\b|,?\s*\bthen\b|\bafter that\b|,\s*and\s+(?=[a-z]+\b))\s*/i;
// ", some seats are unused": a remark after the action, not part of it.
const REMARK = /,\s+(?:i|we|they|it|this|that|there|he|she|some|most)\b.*$/i;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)]|\[ ?\])\s+/;
// Verbs that start an action even where the tagger is unsure (imperatives at line start often are).
const ACTION_VERBS = new Set(
  'add ask assign book call cancel change check clean collect compare complete confirm contact create decide deliver design discuss document draft email estimate finalise finalize find fix follow get invite issue log meet migrate order organise organize pay plan post prepare present print publish reach read remind renew reply request reserve review run schedule send set share sign start submit summarise summarize test train translate update upload verify visit write'.split(
    ' ',
  ),
);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `Send the contract` from `we need to send the contract.`; null when it is not an action. */
export function asAction(raw: string): string | null {
  const clause = removeFillers(raw.replace(LIST_ITEM, ''))
    .replace(LEAD_IN, '')
    .replace(/[.!]+$/, '')
    .replace(REMARK, '')
    .trim();
  if (clause.split(/\s+/).length < 2 || clause.length > 200 || clause.endsWith('?')) return null;
  const first = clause.split(/\s+/)[0]!.toLowerCase();
  if (!ACTION_VERBS.has(first)) {
    const token = analyze(clause)[0]?.tokens[0];
    if (token?.pos !== 'VERB' || token.value.toLowerCase().endsWith('ing')) return null;
  }
  return capitalise(capitaliseWords(clause));
}

/**
 * The actions in a note, in order: list items and clauses ("send the contract and book the kickoff;
 * then update the sheet" → three). Only clauses that start with an action verb count; nothing is made up.
 */
export function checklistItems(text: string, limit = 8): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/\n+/)) {
    if (!line.trim()) continue;
    const sentences = LIST_ITEM.test(line) ? [line] : analyze(line).map((s) => s.text);
    for (const s of sentences) {
      for (const part of s.split(SPLIT)) {
        // "send X and book Y": split on "and" only when a verb follows it.
        const andParts = part.split(/\s+and\s+(?=(\w+)\b)/i).filter((_, i) => i % 2 === 0);
        const verbSplit = andParts.every((p, i) => i === 0 || asAction(p) !== null);
        pieces.push(...(verbSplit ? andParts : [part]));
      }
    }
  }
  const seen = new Set<string>();
  const items: string[] = [];
  for (const p of pieces) {
    const action = asAction(p);
    if (!action || seen.has(action.toLowerCase())) continue;
    seen.add(action.toLowerCase());
    items.push(action);
    if (items.length === limit) break;
  }
  return items;
}
