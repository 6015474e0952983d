import type { Span } from './person-cues.js';
import { NAME_PARTICLES, nameWordKind } from './person-words.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The parts of a name that identify its bearer on their own: first and last names (or the one word
 * of a single name), not particles and not ordinary words ("Will", "Rose" and "Young" stay unmasked
 * when they stand alone).
 */
export function distinctiveParts(name: string): string[] {
  const words = name.split(/[\s,]+/).filter((w) => w !== '' && !NAME_PARTICLES.has(w));
  const ends = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return ends.filter((w) => w.length >= 2 && ['person', 'unknown'].includes(nameWordKind(w)));
}

const compiled = new WeakMap<readonly string[], RegExp | null>();

/** One alternation over the names and their distinctive parts, longest first, on word boundaries. */
function patternFor(names: readonly string[]): RegExp | null {
  let pattern = compiled.get(names);
  if (pattern === undefined) {
    const terms = new Set<string>();
    for (const raw of names) {
      const name = raw.trim().replace(/\s+/g, ' ');
      if (name.length < 2) continue;
      terms.add(name);
      for (const part of distinctiveParts(name)) terms.add(part);
    }
    const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegex);
    pattern = sorted.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
    compiled.set(names, pattern);
  }
  return pattern;
}

/** Where the CRM's known names (or their distinctive parts) occur, case-sensitively. */
export function knownNameSpans(text: string, names: readonly string[]): Span[] {
  const pattern = patternFor(names);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Other mentions of the names already found and their parts: "Priya Shah … Priya said …". */
export function repeatedPartSpans(text: string, names: string[]): Span[] {
  const parts = [...new Set(names.flatMap(distinctiveParts))];
  if (!parts.length) return [];
  return knownNameSpans(text, parts);
}
