import type { Sentence } from './nlp.js';

/** Who a cue makes responsible: the speaker ("I'll"), the person asked ("can you"), a named person, nobody. */
export type OwnerRule = 'speaker' | 'addressee' | 'named' | 'none';

/** Where a commitment or request starts in a sentence; the action text follows `end`. */
export type Cue = { start: number; end: number; owner: OwnerRule; name: string | null };

const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?`;

const CUES: { pattern: RegExp; owner: OwnerRule }[] = [
  {
    pattern:
      /\b(?:I['’]ll|I will|I['’]m going to|I am going to|I need to|I have to|I must|let me(?! know\b))\s+/gi,
    owner: 'speaker',
  },
  {
    pattern:
      /\b(?:we['’]ll|we will|we need to|we have to|we must|we should|we['’]re going to|we are going to)\s+/gi,
    owner: 'speaker',
  },
  // "let's" binds both sides, so no single owner is honest.
  { pattern: /\b(?:let['’]s|let us)\s+/gi, owner: 'none' },
  { pattern: /\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:be able to\s+)?/gi, owner: 'addressee' },
  { pattern: /\bplease\s+/gi, owner: 'addressee' },
  { pattern: /\bnext steps?\s*(?:is|are|will be|:)\s*(?:to\s+)?/gi, owner: 'none' },
  // An imperative "Follow up with …" at the start of a clause; the verb stays part of the action.
  { pattern: /(?:^|(?<=[;:]\s*))(?=follow[ -]up\b(?!s))/gi, owner: 'addressee' },
  {
    pattern: new RegExp(String.raw`\b(${NAME})\s+(?:will|is going to|is to|needs to|has to|should)\s+`, 'gu'),
    owner: 'named',
  },
  // Notes style, only at the start of a clause: "Lukas to update the forecast".
  { pattern: new RegExp(String.raw`(?:^|(?<=[;:]\s*))(${NAME})\s+to\s+(?=\p{Ll})`, 'gu'), owner: 'named' },
];

// Capitalised words that start clauses but name nobody.
const NOT_NAMES = new Set([
  'Everyone',
  'Finance',
  'He',
  'It',
  'Legal',
  'Marketing',
  'Nobody',
  'Our',
  'Procurement',
  'Sales',
  'Security',
  'She',
  'Someone',
  'Support',
  'That',
  'The',
  'Their',
  'There',
  'They',
  'This',
  'We',
  'What',
  'Who',
  'You',
  'Your',
]);

const ACTION_LABEL = /^\s*(?:action items?|to-?dos?|tasks?)\s*:\s*/i;

function isPersonName(name: string, sentence: Sentence): boolean {
  const first = name.split(/\s/)[0]!;
  if (NOT_NAMES.has(first)) return false;
  return sentence.tokens.some((token) => token.value === first && token.pos === 'PROPN');
}

/**
 * Finds commitment and request cues in a sentence, earliest first, without overlaps. A leading
 * "Action items:" label makes the whole remainder an action when no other cue is present.
 */
export function findCues(sentence: Sentence): Cue[] {
  const { text } = sentence;
  const found: Cue[] = [];
  for (const { pattern, owner } of CUES) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? null;
      if (owner === 'named' && (name === null || !isPersonName(name, sentence))) continue;
      found.push({ start: match.index, end: match.index + match[0].length, owner, name });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const cues: Cue[] = [];
  for (const cue of found) {
    const last = cues.at(-1);
    if (!last || cue.start >= last.end) cues.push(cue);
  }
  const label = ACTION_LABEL.exec(text);
  if (label && (cues.length === 0 || cues[0]!.start > label[0].length)) {
    cues.unshift({ start: 0, end: label[0].length, owner: 'none', name: null });
  }
  return cues;
}
