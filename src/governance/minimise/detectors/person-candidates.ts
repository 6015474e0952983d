import nlp from 'compromise';
import { getNlp } from '../../../ai/technologies/local/nlp/nlp.js';
import type { Span } from './person-cues.js';
import { isNameShaped, isNameWord, NAME_PARTICLES, nameWordKind } from './person-words.js';

type Token = { value: string; pos: string; start: number; end: number };

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Sir|Dame)\.?\s+/;
const INITIAL = /^\p{Lu}\.?$/u;

/** wink tokens with their offsets in `text`. */
function tokensOf(text: string): Token[] {
  const wink = getNlp();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(wink.its.pos) as string[];
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, at);
    if (start < 0) return;
    at = start + value.length;
    tokens.push({ value, pos: pos[i]!, start, end: at });
  });
  return tokens;
}

const startsWord = (token: Token | undefined) =>
  token !== undefined &&
  isNameShaped(token.value) &&
  (token.pos === 'PROPN' || nameWordKind(token.value) !== 'common');

/** Runs of capitalised proper nouns, with particles, initials and hyphenated parts, on one line. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
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
    if (startsWord(token)) run.push(token);
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
    } else if (prev && (NAME_PARTICLES.has(token.value) || INITIAL.test(token.value)) && startsWord(next)) {
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

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const covers = (a: Span, b: Span) => a.start <= b.start && b.end <= a.end;

// Names are short capitalised words: long tokens (base64, URLs, hashes) and lines without a capital
// letter (number tables, logs) are blanked before the language models see them. Offsets stay the same
// and compromise and wink are spared their slowest inputs.
const LONG_TOKEN = /[^\s]{40,}/g;
const LINE_WITHOUT_CAPITALS = /^[^\p{Lu}\n]+$/gmu;
const blank = (s: string) => ' '.repeat(s.length);

/** Person spans from compromise's people and wink's proper-noun runs, minus places and companies. */
export function languageModelSpans(original: string): Span[] {
  const text = original.replace(LONG_TOKEN, blank).replace(LINE_WITHOUT_CAPITALS, blank);
  const doc = nlp(text);
  const people = compromiseSpans(doc.people(), text).filter((span) =>
    text
      .slice(span.start, span.end)
      .split(/\s+/)
      .every((word) => NAME_PARTICLES.has(word) || INITIAL.test(word) || nameWordKind(word) !== 'stop'),
  );
  const elsewhere = [...compromiseSpans(doc.places(), text), ...compromiseSpans(doc.organizations(), text)];
  const runs = capitalisedRuns(text, tokensOf(text))
    .map(nameInRun)
    .filter((span): span is Span => span !== null)
    // A run touching a place or company is one ("Salesforce Einstein") unless compromise reads all of it as a person.
    .filter((span) => people.some((p) => covers(p, span)) || !elsewhere.some((o) => overlaps(o, span)));
  return [...people, ...runs];
}
