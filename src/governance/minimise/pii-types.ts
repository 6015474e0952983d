/** The kinds of personal data the minimise stage recognises, in the order placeholders are documented. */
export const PII_TYPES = [
  'email',
  'phone',
  'payment_card',
  'iban',
  'ip_address',
  'postal_address',
  'person',
  'date_of_birth',
  'national_id',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** One piece of personal data in a text: `text.slice(start, end) === value`. */
export type PiiMatch = { type: PiiType; start: number; end: number; value: string };

export type DetectOptions = {
  /** Only these types are looked for; the others stay in the text. */
  types: readonly PiiType[];
  /** Names the CRM already knows (contacts, users): found even where the language models miss them. */
  knownNames?: readonly string[];
};
