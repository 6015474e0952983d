import type { PiiMatch, PiiType } from '../pii-types.js';

/** One detector per type: finds candidate spans, possibly overlapping those of other detectors. */
export type Detector = (text: string, context: DetectorContext) => PiiMatch[];

export type DetectorContext = { knownNames: readonly string[] };

export function toMatch(type: PiiType, text: string, start: number, end: number): PiiMatch {
  return { type, start, end, value: text.slice(start, end) };
}

/** Every match of a global regex as a span. */
export function regexMatches(type: PiiType, text: string, pattern: RegExp): PiiMatch[] {
  return [...text.matchAll(pattern)].map((m) => toMatch(type, text, m.index, m.index + m[0].length));
}

export const digitsOf = (value: string): string => value.replace(/\D/g, '');

/** The text on the same line up to `chars` characters before `index`. */
export function lineBefore(text: string, index: number, chars: number): string {
  const before = text.slice(Math.max(0, index - chars), index);
  return before.slice(before.lastIndexOf('\n') + 1);
}
