import type { PiiMatch } from '../pii-types.js';
import { type Detector, lineBefore, toMatch } from './detector.js';

const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember';
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th|\.)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const DATE = new RegExp(
  [
    String.raw`${YEAR}-\d{2}-\d{2}`,
    String.raw`\d{1,2}[./-]\d{1,2}[./-](?:${YEAR}|\d{2})`,
    String.raw`${ORDINAL}[ ](?:of[ ])?(?:${MONTH})\.?,?(?:[ ]${YEAR})?`,
    String.raw`(?:${MONTH})\.?[ ]${ORDINAL}(?:,?[ ]${YEAR})?`,
    // "born in 1985": the year alone is still a date of birth.
    String.raw`(?<=\bborn in[ ])${YEAR}`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'g',
);
// The cue may stand a few words before the date ("born on", "DOB:", "her birthday is") on the same line.
const CUE_BEFORE =
  /(?:\b(?:born|DOB|date of birth|birth ?date|birthday|geboren|Geburtsdatum|Geburtstag)\b|\bD\.O\.B\.?|\bgeb\.)[^\n.!?]{0,24}$/i;
const CUE_AFTER = /^\s*\((?:DOB|D\.O\.B\.?|date of birth|born|geb\.)\)/i;
// A year is required unless the cue is "birthday", which people give without one.
const HAS_YEAR = new RegExp(`${YEAR}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}`);

export const detectDatesOfBirth: Detector = (text) => {
  const found: PiiMatch[] = [];
  for (const m of text.matchAll(DATE)) {
    const cue = CUE_BEFORE.exec(lineBefore(text, m.index, 60));
    const after = CUE_AFTER.test(text.slice(m.index + m[0].length));
    if (!cue && !after) continue;
    if (!HAS_YEAR.test(m[0]) && !/birthday|geburtstag/i.test(cue?.[0] ?? '')) continue;
    found.push(toMatch('date_of_birth', text, m.index, m.index + m[0].length));
  }
  return found;
};
