export type NormalizedText = {
  /** Lowercased NFKC text split into sentences, whitespace collapsed, invisible characters removed. */
  sentences: string[];
  /** The same sentences with leetspeak, look-alike letters and spaced-out letters undone. */
  deobfuscated: string[];
};

// Zero-width, soft hyphen and bidi controls hide words from a matcher while staying invisible to a reader.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u2032\u00b4`]/g;
const QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// A blank line ends a sentence too (bullet lists and signatures rarely end with a full stop).
const ENDED_PARAGRAPH = /(?<=[.!?])\s*\n\s*\n\s*/g;
const PARAGRAPH_BREAK = /\s*\n\s*\n\s*/g;
// A sentence ends at . ! or ? followed by a space. Semicolons and colons join clauses of one request:
// "accuse him of fraud; we have no evidence", "task: rank leads".
const SENTENCE_END = /(?<=[.!?])\s+/;

// NFKC folds full-width and styled letters but not Cyrillic or Greek look-alikes.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ɡ: 'g',
  ı: 'i',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};
// Only tokens that mix letters with digits or symbols are read as leetspeak, so "over 50" stays a number.
const LEET_TOKEN = /[a-z0-9@$]*[a-z][a-z0-9@$]*/g;
const LEET_CHAR = /[0-9@$]/;
const NON_ASCII = /[^ -~\s]/;
// "i g n o r e", "s.y.s.t.e.m": three or more single characters joined by one separator.
const SPACED_LETTERS = /(?<![a-z0-9@$])(?:[a-z0-9@$][ .\-_*]){2,}[a-z0-9@$](?![a-z0-9@$])/g;
const INNER_SEPARATOR = /(?<=[a-z])[-_*.](?=[a-z])/g;

/** Normalises a request once for every rule: the classifier matches lowercase, single-spaced text. */
export function normalizeText(raw: string): NormalizedText {
  const text = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ENDED_PARAGRAPH, ' ')
    .replace(PARAGRAPH_BREAK, '. ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = text ? text.split(SENTENCE_END) : [];
  return { sentences, deobfuscated: sentences.map(deobfuscate) };
}

/** Undoes the cheap disguises of prompt-injection text: "1gn0re", "ѕystem" (Cyrillic), "p r o m p t". */
export function deobfuscate(sentence: string): string {
  // Most sentences have no look-alikes and no digits; skipping those passes halves normalisation time.
  let text = NON_ASCII.test(sentence) ? sentence.replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c) : sentence;
  text = text.replace(SPACED_LETTERS, (run) => run.replace(/[ .\-_*]/g, ''));
  if (LEET_CHAR.test(text)) {
    text = text.replace(LEET_TOKEN, (token) =>
      LEET_CHAR.test(token) ? token.replace(/[0-9@$]/g, (c) => LEET[c] ?? c) : token,
    );
  }
  return text.replace(INNER_SEPARATOR, '');
}
