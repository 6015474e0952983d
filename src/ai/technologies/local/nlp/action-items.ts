import { type Cue, findCues } from './action-cues.js';
import { clauseEnd, cleanAction, removeDate } from './action-text.js';
import { type FoundDate, findDates } from './dates.js';
import { analyze, isContentToken, type Sentence, tokenize } from './nlp.js';

export type ActionItem = {
  owner: string | null;
  action: string;
  /** ISO date, YYYY-MM-DD. */
  due: string | null;
  /** The words the due date was read from ("next Friday"). */
  dueText: string | null;
  sentence: string;
};

export type ActionItemOptions = { referenceDate?: Date };

// A deadline alone ("Contract signed by December 18") marks an action when nothing else does.
const DEADLINE_PREPOSITION = /\b(?:by|before|no later than)\s+$/i;
// "When would you need …" asks for information; only a bare "can you …" asks for work.
const WH_QUESTION = /^(?:when|what|how|why|where|which|who)\b/i;

// Share of the smaller item's words two items must have in common to be the same action.
const SAME_ACTION = 0.75;
const INTERJECTIONS = new Set([
  'Great',
  'Hi',
  'Hello',
  'Okay',
  'Ok',
  'Perfect',
  'Sure',
  'Thanks',
  'Yes',
  'So',
]);

type Context = { sentences: Sentence[]; speakers: string[]; reference: Date };

/** The full speaker name for a first name used in the text ("Anna" → "Anna Keller"). */
function resolveName(name: string, speakers: string[]): string {
  if (speakers.includes(name)) return name;
  const matches = speakers.filter((speaker) => speaker.split(/\s/)[0] === name);
  return matches.length === 1 ? matches[0]! : name;
}

function vocative(sentence: Sentence, speakers: string[]): string | null {
  const match = /^(\p{Lu}\p{Ll}+),|,\s*(\p{Lu}\p{Ll}+)\s*[?.!]?$/u.exec(sentence.text);
  const name = match?.[1] ?? match?.[2];
  if (!name || INTERJECTIONS.has(name)) return null;
  const known = speakers.some((speaker) => speaker === name || speaker.split(/\s/)[0] === name);
  const proper = sentence.tokens.some((token) => token.value === name && token.pos === 'PROPN');
  return known || proper ? resolveName(name, speakers) : null;
}

// The person asked: named in the sentence, or in a conversation whoever takes the next turn.
function addressee(sentence: Sentence, { sentences, speakers }: Context): string | null {
  const named = vocative(sentence, speakers);
  if (named || !sentence.speaker) return named;
  const next = sentences.find((s) => s.index > sentence.index && s.segment !== sentence.segment);
  return next?.speaker && next.speaker !== sentence.speaker ? next.speaker : null;
}

function ownerOf(cue: Cue, sentence: Sentence, context: Context): string | null {
  switch (cue.owner) {
    case 'speaker':
      return sentence.speaker;
    case 'addressee':
      return addressee(sentence, context);
    case 'named':
      return cue.name ? resolveName(cue.name, context.speakers) : null;
    case 'none':
      return null;
  }
}

function pickDate(dates: FoundDate[], start: number, end: number, taken: (index: number) => boolean) {
  return dates.find((d) => d.index >= start && d.index < end) ?? dates.find((d) => !taken(d.index)) ?? null;
}

function itemsOf(sentence: Sentence, context: Context, names: ReadonlySet<string>): ActionItem[] {
  const { text } = sentence;
  let cues = findCues(sentence);
  const dates =
    cues.length > 0 || /\b(?:by|before|no later than)\b/i.test(text)
      ? findDates(text, context.reference)
      : [];
  if (cues.length === 0 && !text.endsWith('?')) {
    const deadline = dates.find((d) => DEADLINE_PREPOSITION.test(text.slice(0, d.index)));
    if (deadline) cues = [{ start: 0, end: 0, owner: 'none', name: null }];
  }
  const spans = cues.map((cue, i) => ({
    cue,
    end: clauseEnd(text, cue.end, cues[i + 1]?.start ?? text.length),
  }));
  const items: ActionItem[] = [];
  for (const { cue, end } of spans) {
    if (cue.owner === 'addressee' && WH_QUESTION.test(text)) continue;
    const inOtherSpan = (index: number) =>
      spans.some((s) => s.cue !== cue && index >= s.cue.start && index < s.end);
    const date = pickDate(dates, cue.end, end, inOtherSpan);
    let raw = text.slice(cue.end, end);
    let owner = ownerOf(cue, sentence, context);
    if (date && date.index >= cue.end && date.index < end) raw = removeDate(raw, date.text);
    // "Next step is for Priya to sign" names the owner inside the action.
    const forName = /^for (\p{Lu}\p{Ll}+) to\s+/u.exec(raw);
    if (forName) {
      owner = resolveName(forName[1]!, context.speakers);
      raw = raw.slice(forName[0].length);
    }
    const action = cleanAction(raw, names);
    if (!action) continue;
    items.push({ owner, action, due: date?.date ?? null, dueText: date?.text ?? null, sentence: text });
  }
  return items;
}

function concreteness(item: ActionItem): number {
  return (item.due ? 2 : 0) + (item.owner ? 1 : 0);
}

/** Drops repeats of the same action for the same owner, keeping the most concrete wording. */
function deduplicate(items: ActionItem[]): ActionItem[] {
  const kept: { item: ActionItem; words: Set<string> }[] = [];
  for (const item of items) {
    const words = new Set(
      tokenize(item.action)
        .filter(isContentToken)
        .map((t) => t.lemma),
    );
    const same = kept.find(
      (k) =>
        (k.item.owner === item.owner || k.item.owner === null || item.owner === null) &&
        overlap(k.words, words) >= SAME_ACTION,
    );
    if (!same) kept.push({ item, words });
    else if (concreteness(item) > concreteness(same.item)) Object.assign(same, { item, words });
  }
  return kept.map((k) => k.item);
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return common / Math.min(a.size, b.size);
}

/** Action items of already analysed text. */
export function actionItemsOf(sentences: Sentence[], referenceDate: Date = new Date()): ActionItem[] {
  const speakers = [...new Set(sentences.flatMap((s) => (s.speaker ? [s.speaker] : [])))];
  const names = new Set(speakers.flatMap((speaker) => speaker.split(/\s/)));
  const context: Context = { sentences, speakers, reference: referenceDate };
  return deduplicate(sentences.flatMap((sentence) => itemsOf(sentence, context, names)));
}

/**
 * Commitments and requests ("I'll send…", "can you…", "Anna will…", "Action items: …") with their
 * owner and due date. Owners come from the speaker, the named person or the person asked; never guessed.
 */
export function extractActionItems(text: string, opts: ActionItemOptions = {}): ActionItem[] {
  return actionItemsOf(analyze(text), opts.referenceDate);
}
