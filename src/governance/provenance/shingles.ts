import { normaliseText } from './text-normal.js';

/** Words per shingle, and characters per gram for short texts. */
export const SHINGLE_SIZE = 5;
/** Below this many words a text has too few word shingles to compare, so character grams are used. */
export const MIN_WORDS_FOR_WORD_SHINGLES = 10;

// Punctuation is not part of a word, so "Thanks," and "Thanks!" are the same token: punctuation edits
// must not move the similarity. An apostrophe inside a word stays ("don't" is one token).
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;

export type ShingleMode = 'word' | 'char';

/** Lowercased words of the normalised text. */
export function tokenise(text: string): string[] {
  return normaliseText(text).toLowerCase().match(WORD) ?? [];
}

/** The mode a text of this many words is shingled in on its own. */
export function modeFor(wordCount: number): ShingleMode {
  return wordCount < MIN_WORDS_FOR_WORD_SHINGLES ? 'char' : 'word';
}

/**
 * Word 5-shingles ("a b c d e"), or character 5-grams of the words joined by single spaces. May repeat
 * a shingle; callers treat the result as a set. A text shorter than one shingle is one shingle.
 */
export function shingles(words: readonly string[], mode: ShingleMode): string[] {
  if (words.length === 0) return [];
  if (mode === 'word') {
    if (words.length <= SHINGLE_SIZE) return [words.join(' ')];
    const out: string[] = [];
    for (let i = 0; i + SHINGLE_SIZE <= words.length; i++)
      out.push(words.slice(i, i + SHINGLE_SIZE).join(' '));
    return out;
  }
  const joined = words.join(' ');
  if (joined.length <= SHINGLE_SIZE) return [joined];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_SIZE <= joined.length; i++) out.push(joined.slice(i, i + SHINGLE_SIZE));
  return out;
}
