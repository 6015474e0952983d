import nlp from 'compromise';
import { getNlp } from '../../../ai/technologies/local/nlp/nlp.js';
import type { Span } from './person-cues.js';
import { isNameShaped, isNameWord, NAME_PARTICLES, nameWordKind } from './person-words.js';

type Token = { value: string; start: number; end: number };

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Sir|Dame)\.?\s+/;
const INITIAL = /^\p{Lu}\.?$/u;

// Initials with their dot, words (an apostrophe inside, as in "O'Connor", but not a possessive "'s"),
// numbers, and any other character alone: the pieces wink makes of the words a name can hold.
const TOKEN = /\p{Lu}\.(?![\p{L}\p{N}])|[\p{L}\p{M}]+(?:['’](?!s(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|\p{N}+|\S/gu;

const tokensOf = (text: string): Token[] =>
  Array.from(text.matchAll(TOKEN), (m) => ({ value: m[0], start: m.index, end: m.index + m[0].length }));

/** wink's part of speech of each token, by where it starts in `text`. */
function partsOfSpeech(text: string): Map<number, string> {
  const wink = getNlp();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(wink.its.pos) as string[];
  const byStart = new Map<number, string>();
  let at = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, at);
    if (start < 0) return;
    at = start + value.length;
    byStart.set(start, pos[i]!);
  });
  return byStart;
}

/**
 * Which tokens can start or continue a name: capitalised words that are names or unknown to the
 * lexicons, and ordinary English words that wink tags as proper nouns ("Grace Park"). wink reads
 * the text only when such a word stands next to another capitalised one, which most texts lack.
 */
function nameStarts(text: string, tokens: Token[]): boolean[] {
  const shaped = tokens.map((t) => isNameShaped(t.value));
  const joins = (i: number, step: number) => {
    const next = tokens[i + step];
    if (!next) return false;
    // "Min-jun": the hyphenated word may be a name even when its second part is not capitalised.
    if (shaped[i + step] || next.value === '-') return true;
    const linked = NAME_PARTICLES.has(next.value) || INITIAL.test(next.value);
    return linked && shaped[i + 2 * step] === true;
  };
  let pos: Map<number, string> | undefined;
  return tokens.map((token, i) => {
    if (!shaped[i]) return false;
    if (nameWordKind(token.value) !== 'common') return true;
    if (!joins(i, -1) && !joins(i, 1)) return false;
    pos ??= partsOfSpeech(text);
    return pos.get(token.start) === 'PROPN';
  });
}

/** Runs of capitalised proper nouns, with particles, initials and hyphenated parts, on one line. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const starts = nameStarts(text, tokens);
  const startsWord = (i: number) => starts[i] === true;
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = run.at(-1);
    const next = tokens[i + 1];
    if (prev && text.slice(prev.end, token.start).includes('\n')) close();
    if (startsWord(i)) run.push(token);
    else if (
      prev &&
      token.value === '-' &&
      token.start === prev.end &&
      next?.start === token.end &&
      isNameShaped(`${prev.value}-${next.value}`)
    ) {
      // "Jean-Luc", "Al-Sayed", "Min-jun": one word.
      run[run.length - 1] = { ...prev, value: `${prev.value}-${next.value}`, end: next.end };
      i++;
    } else if (prev && (NAME_PARTICLES.has(token.value) || INITIAL.test(token.value)) && startsWord(i + 1)) {
      run.push(token);
    } else close();
  }
  close();
  return runs;
}

/**
 * The name inside a capitalised run: ordinary words at either end are dropped ("Thanks Priya Shah",
 * "Priya Shah Procurement"); what remains needs two words, name-like at both ends. A known first name
 * keeps an ordinary surname ("Grace Park").
 */
function nameInRun(run: Token[]): Span | null {
  let from = 0;
  let to = run.length;
  while (from < to && !isNameWord(run[from]!.value)) from++;
  while (to > from && !isNameWord(run[to - 1]!.value)) to--;
  if (to - from < 2) {
    const [first, last] = run;
    const surnameIsWord = run.length === 2 && nameWordKind(last!.value) === 'common';
    return surnameIsWord && nameWordKind(first!.value) === 'person'
      ? { start: first!.start, end: last!.end }
      : null;
  }
  const words = run.slice(from, to);
  if (
    words.some(
      (w) => nameWordKind(w.value) === 'stop' && !NAME_PARTICLES.has(w.value) && !INITIAL.test(w.value),
    )
  ) {
    return null;
  }
  return { start: words[0]!.start, end: words.at(-1)!.end };
}

type CompromiseSpan = { text: string; offset: { start: number; length: number } };

function compromiseSpans(view: { json: (options: { offset: boolean }) => unknown }, text: string): Span[] {
  return (view.json({ offset: true }) as CompromiseSpan[]).flatMap(({ text: found, offset }) => {
    // compromise keeps titles and trailing punctuation in a person's text.
    const title = TITLE.exec(found)?.[0].length ?? 0;
    const name = found.slice(title).replace(/(?:['’]s)?[\s.,;:!?)]*$/u, '');
    const start = text.startsWith(found, offset.start) ? offset.start + title : text.indexOf(name);
    return name && start >= 0 ? [{ start, end: start + name.length }] : [];
  });
}

// Bounded like the word cache: the names of a CRM recur, so most runs are judged once.
const MAX_CACHE = 20_000;
const placeOrCompany = new Map<string, boolean>();

/**
 * compromise reads the run as a place or a company and not as a person ("Salesforce Einstein",
 * "Berlin Mitte"). Parsing only the run costs a fraction of parsing the text around it.
 */
function isPlaceOrCompany(run: string): boolean {
  let verdict = placeOrCompany.get(run);
  if (verdict === undefined) {
    if (placeOrCompany.size >= MAX_CACHE) placeOrCompany.clear();
    const doc = nlp(run);
    verdict = !doc.people().found && (doc.places().found || doc.organizations().found);
    placeOrCompany.set(run, verdict);
  }
  return verdict;
}

// A sentence: up to a line break, or to punctuation that ends it (not the dots of "anna.keller@…").
const SENTENCE = /(?:[^\n.!?]|[.!?]+(?!\s|$))+[.!?]*/g;

/**
 * compromise's people in the sentences where a word its lexicon knows as a name stands outside every
 * capitalised run: a first name on its own ("ask for Renata"), or a name the runs missed. Only those
 * sentences are parsed; most texts have none.
 */
function peopleOutsideRuns(text: string, tokens: Token[], runs: Token[][]): Span[] {
  const lone = tokens.filter(
    (t) =>
      isNameShaped(t.value) &&
      nameWordKind(t.value) === 'person' &&
      !runs.some((run) => run[0]!.start < t.end && t.start < run.at(-1)!.end),
  );
  const spans: Span[] = [];
  if (!lone.length) return spans;
  for (const { 0: sentence, index: at } of text.matchAll(SENTENCE)) {
    if (!lone.some((t) => t.start >= at && t.start < at + sentence.length)) continue;
    for (const span of compromiseSpans(nlp(sentence).people(), sentence)) {
      const words = sentence.slice(span.start, span.end).split(/\s+/);
      if (words.every((w) => NAME_PARTICLES.has(w) || INITIAL.test(w) || nameWordKind(w) !== 'stop'))
        spans.push({ start: at + span.start, end: at + span.end });
    }
  }
  return spans;
}

// Names are short capitalised words: long tokens (base64, URLs, hashes) and lines without a capital
// letter (number tables, logs) are blanked before the language models see them. Offsets stay the same
// and compromise and wink are spared their slowest inputs.
const LONG_TOKEN = /[^\s]{40,}/g;
const LINE_WITHOUT_CAPITALS = /^[^\p{Lu}\n]+$/gmu;
const blank = (s: string) => ' '.repeat(s.length);

/**
 * Person spans: runs of capitalised name words that compromise does not read as a place or company,
 * and compromise's people in the sentences with a name outside those runs. compromise never parses
 * the whole text: a sentence costs it about 1 ms, a run (once: the verdict is kept) a third of that.
 */
export function languageModelSpans(original: string): Span[] {
  if (!/\p{Lu}/u.test(original)) return [];
  const text = original.replace(LONG_TOKEN, blank).replace(LINE_WITHOUT_CAPITALS, blank);
  const tokens = tokensOf(text);
  const runs = capitalisedRuns(text, tokens);
  const names = runs
    .map(nameInRun)
    .filter((span): span is Span => span !== null && !isPlaceOrCompany(text.slice(span.start, span.end)));
  return [...names, ...peopleOutsideRuns(text, tokens, runs)];
}
