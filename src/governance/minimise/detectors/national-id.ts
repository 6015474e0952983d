import type { PiiMatch } from '../pii-types.js';
import { type Detector, lineBefore, regexMatches, toMatch } from './detector.js';

// Area 000, 666 and 900–999, group 00 and serial 0000 are never issued.
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
const SSN_UNDASHED = /(?<![\d-])(?!000|666|9\d\d)\d{3}[ ]?(?!00)\d{2}[ ]?(?!0000)\d{4}(?![\d-])/g;
const SSN_CUE = /\b(?:SSN|social security(?: number| no\.?)?)\b[^\n\d]{0,12}$/i;
// Prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated; D, F, I, Q, U, V never appear.
const NINO =
  /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![A-Za-z0-9])/g;
const TAX_ID = /(?<!\d)[1-9](?:[ ]?\d){10}(?!\d)/g;
const TAX_ID_CUE =
  /\b(?:Steuer-?ID|Steuer-?Identifikationsnummer|Steueridentifikationsnummer|Identifikationsnummer|IdNr\.?|tax (?:id|identification number)|TIN)\b[^\n\d]{0,16}$/i;
// "Passport no. X1234567", "ID number: 4711AB22"; the number needs digits and no lower case letters.
// A VAT number ("USt-IdNr. DE123456789") identifies a company, not a person.
const DOCUMENT =
  /(?<!USt-|VAT |UID )\b(?:passport|ID|identity card|national ID|Personalausweis|Ausweis|Reisepass|driver'?s licen[cs]e)(?:[ ]?(?:number|no\.?|nr\.?|#))?(?:[ ](?:is|:))?[ :#,]*([A-Za-z0-9]{6,12})(?![A-Za-z0-9])/gi;

function withCue(text: string, pattern: RegExp, cue: RegExp): PiiMatch[] {
  return [...text.matchAll(pattern)]
    .filter((m) => cue.test(lineBefore(text, m.index, 40)))
    .map((m) => toMatch('national_id', text, m.index, m.index + m[0].length));
}

function documentNumbers(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const m of text.matchAll(DOCUMENT)) {
    const number = m[1]!;
    // "ID" alone is too common ("ID card", "the ID 123456"?): it needs number/no/# or a colon.
    if (/^ID\b/i.test(m[0]) && !/^ID(?:[ ]?(?:number|no\.?|nr\.?|#)|:)/i.test(m[0])) continue;
    if (/[a-z]/.test(number) || (number.match(/\d/g) ?? []).length < 2) continue;
    const start = m.index + m[0].length - number.length;
    found.push(toMatch('national_id', text, start, start + number.length));
  }
  return found;
}

export const detectNationalIds: Detector = (text) => [
  ...regexMatches('national_id', text, SSN),
  ...withCue(text, SSN_UNDASHED, SSN_CUE),
  ...regexMatches('national_id', text, NINO),
  ...withCue(text, TAX_ID, TAX_ID_CUE),
  ...documentNumbers(text),
];
