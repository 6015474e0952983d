import type { PiiMatch } from '../pii-types.js';
import { type Detector, toMatch } from './detector.js';
import { knownNameSpans, repeatedPartSpans } from './known-names.js';
import { languageModelSpans } from './person-candidates.js';
import { cueSpans, type Span } from './person-cues.js';
import { isCompanyName, isNameWord, NAME_PARTICLES, nameWordKind } from './person-words.js';

/**
 * A cue only says where a name would stand. The words there must include a name-like one and no
 * word that never names anyone: "Hyun-woo Park:" is a speaker (though "Park" is an English word),
 * "Next Steps:" and "Hi All," are not.
 */
function looksLikeName(value: string): boolean {
  const words = value.split(/[\s,]+/).filter((w) => w !== '' && !NAME_PARTICLES.has(w));
  return words.some(isNameWord) && words.every((w) => nameWordKind(w) !== 'stop');
}

/** Overlapping spans become one; the result is sorted by start. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

export const detectPeople: Detector = (text, { knownNames }) => {
  const cues = cueSpans(text).filter((span) => looksLikeName(text.slice(span.start, span.end)));
  const found = union([...languageModelSpans(text), ...cues, ...knownNameSpans(text, knownNames)]);
  const names = found.map((span) => text.slice(span.start, span.end));
  return union([...found, ...repeatedPartSpans(text, names)])
    .filter((span) => !isCompanyName(text, span.start, span.end))
    .map((span): PiiMatch => toMatch('person', text, span.start, span.end));
};
