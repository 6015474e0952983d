import type { PiiMatch } from '../pii-types.js';
import { type Detector, toMatch } from './detector.js';
import { ADDRESS_STARTS, GAP, TAILS } from './postal-patterns.js';

/** Extends an address over what follows it: another address part, a postcode and town, a country. */
function extend(text: string, match: PiiMatch, starts: PiiMatch[]): number {
  let end = match.end;
  for (;;) {
    const gap = GAP.exec(text.slice(end));
    if (!gap) break;
    const at = end + gap[0].length;
    const rest = text.slice(at, at + 120);
    const next = starts.find((other) => other.start === at);
    const tail = TAILS.filter((t) => !t.afterComma || /[,–-]/.test(gap[0]))
      .map((t) => t.pattern.exec(rest))
      .find((m) => m !== null);
    const to = next?.end ?? (tail ? at + tail[0].length : at);
    if (to <= at) break;
    end = to;
  }
  return end;
}

export const detectPostalAddresses: Detector = (text) => {
  const starts = ADDRESS_STARTS.flatMap((re) =>
    [...text.matchAll(re)].map((m) => toMatch('postal_address', text, m.index, m.index + m[0].length)),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiMatch[] = [];
  for (const match of starts) {
    const last = out.at(-1);
    const end = extend(text, match, starts);
    if (last && match.start < last.end) {
      if (end > last.end) out[out.length - 1] = toMatch('postal_address', text, last.start, end);
    } else out.push(toMatch('postal_address', text, match.start, end));
  }
  return out;
};
