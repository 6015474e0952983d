import { createHash } from 'node:crypto';

// NFKC already folds full-width and compatibility forms; these are the typographic variants it keeps,
// which editors, mail clients and "smart punctuation" swap in and out freely.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B]/g;
// Invisible characters that copy and paste adds or drops. Joiners (U+200C, U+200D) are kept on purpose:
// they change meaning in emoji sequences and in scripts such as Persian.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
const WHITESPACE = /\s+/g;

/**
 * The form of a text that provenance hashes and compares: NFKC, one kind of quote and dash, invisible
 * characters removed, every run of whitespace (line breaks included) collapsed to one space, trimmed.
 * Case is kept, so the exact hash still tells "Hello" from "hello". Changing this function changes every
 * content hash, so stored hashes would no longer match.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** SHA-256 (hex) of the UTF-8 bytes of `normaliseText(text)`. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
