import { findDates } from './dates.js';
import { findMoney, type Money } from './money.js';
import { findNames } from './names.js';
import { analyze, type Sentence } from './nlp.js';

export type { Money } from './money.js';

export type Entities = {
  people: string[];
  organisations: string[];
  money: Money[];
  /** `date` is an ISO date, YYYY-MM-DD. */
  dates: { text: string; date: string }[];
  emails: string[];
  phones: string[];
};

export type EntityOptions = { referenceDate?: Date };

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE =
  /(?<![\w$€£.,+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,5}){1,4}(?![\w$€%]|[.,]\d)/g;
// Digit runs that look like phone numbers but are dates or versions.
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const GENERIC_SPEAKER = /^speaker\s*\d*$/i;

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function findPhones(text: string): string[] {
  return [...text.matchAll(PHONE)]
    .map((m) => m[0].trim())
    .filter((phone) => {
      const digits = phone.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15 && !DATE_LIKE.test(phone);
    });
}

/** Entities of already analysed text. */
export function entitiesOf(sentences: Sentence[], referenceDate: Date = new Date()): Entities {
  // Speaker prefixes and timestamps are gone from the sentence texts, so "00:01:02" is no time or phone.
  const plain = sentences.map((sentence) => sentence.text).join('\n');
  const { people, organisations } = findNames(sentences, plain);
  const dates = sentences.flatMap((sentence) =>
    findDates(sentence.text, referenceDate).map(({ text, date }) => ({ text, date })),
  );
  return {
    people: people.filter((name) => !GENERIC_SPEAKER.test(name)),
    organisations,
    money: unique(findMoney(plain), (m) => `${m.amount}|${m.currency}`),
    dates: unique(dates, (d) => `${d.text.toLowerCase()}|${d.date}`),
    emails: unique(plain.match(EMAIL) ?? [], (email) => email.toLowerCase()),
    phones: unique(findPhones(plain), (phone) => phone.replace(/\D/g, '')),
  };
}

/**
 * People, organisations, money, dates, emails and phone numbers, de-duplicated in first-seen order.
 * Speakers of a transcript count as people; dates are resolved forward from the reference date.
 */
export function extractEntities(text: string, opts: EntityOptions = {}): Entities {
  return entitiesOf(analyze(text), opts.referenceDate);
}
