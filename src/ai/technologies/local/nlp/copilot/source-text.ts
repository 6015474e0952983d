// Helpers for values read from a text: where each came from, and how firmly the text states it.
import type { Sentence } from '../nlp.js';

/** What was said: an agreement or decision rather than a proposal or an aside. */
export const AGREEMENT =
  /\b(?:agreed|agree|we['’]ll go with|go ahead|confirmed|confirm that|sounds good|let['’]s do|approved?|signed off|that works|works for us|settled on|(?:it['’]s a|that['’]s a|we have a|we['’]ve got a) deal)\b|^deal\b/i;

export type Statement = { sentence: Sentence; text: string; question: boolean; agreed: boolean };

export const statementsOf = (sentences: Sentence[]): Statement[] =>
  sentences.map((sentence) => ({
    sentence,
    text: sentence.text,
    question: sentence.text.endsWith('?'),
    agreed: AGREEMENT.test(sentence.text),
  }));

/** How firmly a sentence states a value: agreed > stated > asked; later beats earlier on a tie. */
export const firmness = (s: Statement): number =>
  (s.agreed ? 2 : 0) - (s.question ? 3 : 0) + s.sentence.index / 10_000;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A label or name as it may be written: any case, "go-live" = "go live" = "golive", plural allowed.
 * Acronyms ("EU", "US") match only in capitals, or "us" would be the United States.
 */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase
    .trim()
    .split(/[-\s_]+/)
    .map(escapeRegExp);
  const acronym = /^[A-Z]{2,5}$/.test(phrase.trim());
  return new RegExp(
    `(?<![\\p{L}\\d])${words.join('[-\\s_]?')}(?:s|es)?(?![\\p{L}\\d])`,
    acronym ? 'u' : 'iu',
  );
}

/**
 * The sentence exactly as it stands in the input. Sentences are read from segments whose wrapped
 * lines were joined with a space, so the input is searched with any whitespace between words.
 */
export function verbatim(input: string, sentence: string): string {
  if (input.includes(sentence)) return sentence;
  const words = sentence.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(words.join('\\s+')).exec(input)?.[0] ?? sentence;
}
