// Deterministic clean-ups shared by the task description, the checklist and "fix grammar".

// Spoken and typed filler that adds nothing to a note ("so basically we need to …").
const FILLER =
  /\b(?:basically|literally|actually|kind of|sort of|you know|i guess|i mean|um+|uh+|erm)\b,?\s*/gi;
const LEADING_FILLER = /^(?:(?:ok(?:ay)?|so|well|right)\b,?\s+)+/i;

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
// "may" and "march" are verbs too, so they (and abbreviations) are months only before a day number.
const MONTHS = 'january february april june july august september october november december';
const MONTHS_BEFORE_DAY =
  /\b(jan|feb|mar|march|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b(?=\.?\s+\d{1,2}\b)/gi;
// Business acronyms that are never ordinary words.
const ACRONYMS = 'crm cfo ceo coo cto cio api sso dpa nda sla kpi roi qbr rfp poc erp gdpr';
const ALWAYS_CAPITAL = new RegExp(
  `\\b(?:${[WEEKDAYS, MONTHS, ACRONYMS].join(' ').replace(/ /g, '|')})\\b`,
  'gi',
);
const ACRONYM_SET = new Set(ACRONYMS.split(' '));

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** Removes filler words; "so basically we need to" → "we need to". */
export function removeFillers(text: string): string {
  return text.replace(FILLER, '').replace(LEADING_FILLER, '');
}

/** Weekdays, months, business acronyms and the pronoun "I" written the way they are spelt. */
export function capitaliseWords(text: string): string {
  return text
    .replace(ALWAYS_CAPITAL, (w) => (ACRONYM_SET.has(w.toLowerCase()) ? w.toUpperCase() : capital(w)))
    .replace(MONTHS_BEFORE_DAY, capital)
    .replace(/\bi\b(?!\.\s?e\b)(?=['’]|\s|[,.;:!?]|$)/g, 'I');
}

/** A sentence as it should start and end: capital first letter, final punctuation. */
export function asSentence(text: string): string {
  const t = text.trim().replace(/\s{2,}/g, ' ');
  const cased = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?:]$/.test(cased) ? cased : `${cased}.`;
}
