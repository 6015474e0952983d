import { type Detector, digitsOf, lineBefore, toMatch } from './detector.js';

// Digits with the separators people type in phone numbers (no newlines, no commas: "48,000" is money).
const CANDIDATE =
  /(?<![\p{L}\p{N}+$€£¥#@/.,_-])(?:\+|00)?\(?\d[\d\u00a0 ().\-/]{4,40}\d(?:[ ]?(?:ext\.?|x|Durchwahl)[ ]?\d{1,5})?(?![\p{L}\p{N}%€$£]|[.,]\d|-\d)/gu;
// The separated shapes a national number takes; each needs a separator or a trunk prefix.
const TRUNK_PREFIX = /^\(?0[1-9]/;
const NANP = /^(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]\d{4}$/;
const INTERNATIONAL = /^(?:\+|00)[1-9]/;
// "(11) 3555-0142", "(030) 1234567": a bracketed area code before grouped digits.
const AREA_CODE = /^\(\d{2,5}\)[ ]?\d{2,5}(?:[ .-]\d{2,5}){0,2}$/;
// Shapes of other numbers: dates, year ranges, dotted quads, versions, times.
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const YEAR_RANGE = /^(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)?\d{2})$/;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// A label just before the number that says it is one: "Tel:", "mobile", "call me on", "M:".
const PHONE_CUE =
  /(?:\b(?:phone|tel|telephone|telefon|mobile|mobil|cell|handy|fax|whatsapp|call|ring|text|reach|contact|direct|dial)\b|(?:^|\s)[TMPFD]\.?:)[^\n\d]{0,16}$/i;
// "030 1234567 / 0171 2345678": two numbers in one run of digits and separators.
const LIST_SEPARATOR = /\s+[/|]\s+|\s{2,}/g;

function isPlausiblePhone(value: string, text: string, start: number): boolean {
  const digits = digitsOf(value.replace(/(?:ext\.?|x|Durchwahl).*$/, ''));
  if (digits.length < 7 || digits.length > 15) return false;
  const trimmed = value.trim();
  if (DATE_LIKE.test(trimmed) || YEAR_RANGE.test(trimmed) || DOTTED_QUAD.test(trimmed)) return false;
  if (/\(\s*\)|\)\(|[ ]{2}|[.\-/]{2}/.test(trimmed)) return false;
  if (INTERNATIONAL.test(trimmed) || NANP.test(trimmed) || AREA_CODE.test(trimmed)) return true;
  const separated = /[\s().\-/]/.test(trimmed);
  if (TRUNK_PREFIX.test(trimmed) && (separated || digits.length >= 10)) return true;
  // Bare or oddly grouped digits are order, invoice or account numbers unless a label says otherwise.
  return PHONE_CUE.test(lineBefore(text, start, 30));
}

/** Strips an unbalanced leading "(" or trailing ")" the loose candidate pattern took along. */
function trimParens(value: string): [number, number] {
  let from = 0;
  let to = value.length;
  const opens = (value.match(/\(/g) ?? []).length;
  const closes = (value.match(/\)/g) ?? []).length;
  if (opens > closes && value.startsWith('(')) from = 1;
  if (closes > opens && value.endsWith(')')) to -= 1;
  return [from, to];
}

/** The pieces of a candidate between list separators, as [offset, text]. */
function pieces(candidate: string): [number, string][] {
  const out: [number, string][] = [];
  let at = 0;
  for (const sep of candidate.matchAll(LIST_SEPARATOR)) {
    out.push([at, candidate.slice(at, sep.index)]);
    at = sep.index + sep[0].length;
  }
  out.push([at, candidate.slice(at)]);
  return out;
}

export const detectPhones: Detector = (text) => {
  const found = [];
  for (const m of text.matchAll(CANDIDATE)) {
    for (const [offset, piece] of pieces(m[0])) {
      const [from, to] = trimParens(piece);
      const start = m.index + offset + from;
      if (isPlausiblePhone(piece.slice(from, to), text, start)) {
        found.push(toMatch('phone', text, start, m.index + offset + to));
      }
    }
  }
  return found;
};
