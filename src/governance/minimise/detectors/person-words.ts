import nlp from 'compromise';
import { getNlp } from '../../../ai/technologies/local/nlp/nlp.js';

/**
 * What a capitalised word says about being part of a person's name:
 * `person` compromise knows it as a first or last name; `unknown` neither lexicon knows it (most
 * names from outside compromise's lexicon land here); `common` an ordinary English word; `stop` a word
 * that never belongs to a name (weekdays, roles, company suffixes, greetings, transcript labels).
 */
export type NameWordKind = 'person' | 'unknown' | 'common' | 'stop';

const ENGLISH_STOP_WORDS =
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
  'August September October November December ' +
  'Inc Corp Corporation Ltd Limited LLC LLP GmbH AG KG SE SA SAS BV NV Plc PLC Co Group Holdings Labs ' +
  'Logistics Freight Software Systems Technologies Solutions Partners Bank Capital Consulting Ventures ' +
  'Team Support Sales Marketing Finance Legal Procurement Operations Engineering Product Customer ' +
  'Account Director Manager Head Lead Officer President Executive Engineer Analyst Assistant Founder ' +
  'Rep Agent Host Caller Buyer Seller Prospect Speaker Interviewer Moderator User Admin Reporter ' +
  'Dear Hi Hello Hey Thanks Thank Cheers Regards Best Kind Warm Sincerely Re Fwd Subject Note Notes ' +
  'Action Items Next Steps Agenda Summary Update Ticket Invoice Order Contract Renewal Pricing Demo Call ' +
  'Meeting Street Road Avenue Lane Drive Mr Mrs Ms Miss Mx Dr Prof Sir Madam Herr Frau Hr Fr ' +
  'Bonjour Bonsoir Hola Ciao Hej Cordialement Saludos';
// English lexicons know no German: frequent German function words, greetings and CRM nouns would
// otherwise look like unknown names ("Bei Fragen", "Leiterin Einkauf").
const GERMAN_STOP_WORDS =
  'Bei Bitte Für Mit Von Vom Zum Zur Im Am An Auf Aus Nach Vor Über Unter Und Oder Wir Ich Sie Es Er ' +
  'Ihr Ihre Ihren Unser Unsere Der Die Das Den Dem Ein Eine Neuer Neue Neues Liebe Lieber Viele Vielen ' +
  'Herzliche Freundliche Beste Danke Dank Guten Tag Morgen Grüße Grüßen Gruß Sehr Geehrte Geehrter ' +
  'Geschäftsführer Geschäftsführerin Leiter Leiterin Einkauf Vertrieb Buchhaltung Ansprechpartner ' +
  'Ansprechpartnerin Abteilung Firma Kunde Kundin Vertrag Vertragsdaten Angebot Rechnung Lieferung ' +
  'Bestellung Termin Anruf Notiz Fragen Unterlagen Telefon Mobil Adresse Rechnungsadresse Bankverbindung ' +
  'Mein Meine Meinen Dein Deine Anbei Hier Heute Durchwahl Zentrale Sekretariat';
const STOP_WORDS = new Set(`${ENGLISH_STOP_WORDS} ${GERMAN_STOP_WORDS}`.split(' '));
// German compound nouns ("Besprechungsraum", "Geschäftsleitung") that no list can hold; names do not
// end this way.
const GERMAN_NOUN = /^\p{Lu}\p{Ll}{4,}(?:ung|ungen|keit|heit|schaft|raum|räume|vertrag|liste|leitung)$/u;

// Names are title case: "Priya", "O'Connor", "McDonald", "DeAndre", "Søren".
const NAME_SHAPE = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]*\p{Ll}(?:\p{Lu}\p{Ll}+)?$/u;
// The lower-case second part of a romanised given name: "Hyun-woo", "Min-jun".
const NAME_SYLLABLE = /^\p{Ll}{2,4}$/u;
// …and the English particles that end compounds of the same shape ("Check-in", "Follow-up").
const PARTICLES_AFTER_HYPHEN = new Set('in ins up ups on ons off offs out outs by to'.split(' '));

// Bounded so that a long-running server does not keep every word it ever saw.
const MAX_CACHE = 20_000;
const cache = new Map<string, NameWordKind>();

/** A title-case word, or hyphenated parts of which the first is one ("Al-Sayed", "Hyun-woo"). */
export function isNameShaped(word: string): boolean {
  const [first, ...rest] = word.split('-');
  return NAME_SHAPE.test(first!) && rest.every((part) => NAME_SHAPE.test(part) || NAME_SYLLABLE.test(part));
}

function classifyPart(word: string): NameWordKind {
  if (STOP_WORDS.has(word) || !NAME_SHAPE.test(word)) return 'stop';
  if (GERMAN_NOUN.test(word)) return 'common';
  const view = nlp(word);
  const notAName = '(#Honorific|#Modal|#Pronoun|#Determiner|#Preposition|#Conjunction)';
  if (view.has('#Person') && !view.has(notAName)) return 'person';
  return getNlp().readDoc('').isOOV(word.toLowerCase()) ? 'unknown' : 'common';
}

/**
 * A hyphenated word is as name-like as its most name-like capitalised part: "Al-Farsi" (common +
 * unknown) is a name, "Follow-Up" is not. A lower-case syllable that is no English particle makes a
 * romanised given name ("Min-jun", "Hye-jin"), whatever its first part means in English.
 */
function classify(word: string): NameWordKind {
  if (!isNameShaped(word)) return 'stop';
  const parts = word.split('-');
  const kinds = parts.filter((part) => !NAME_SYLLABLE.test(part)).map(classifyPart);
  if (kinds.includes('stop')) return 'stop';
  if (kinds.includes('person')) return 'person';
  const givenName = parts.some((part) => NAME_SYLLABLE.test(part) && !PARTICLES_AFTER_HYPHEN.has(part));
  return givenName || kinds.includes('unknown') ? 'unknown' : 'common';
}

export function nameWordKind(word: string): NameWordKind {
  let kind = cache.get(word);
  if (kind === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    kind = classify(word);
    cache.set(word, kind);
  }
  return kind;
}

/** A word that can stand in a name: a known name or a word neither lexicon knows. */
export function isNameWord(word: string): boolean {
  const kind = nameWordKind(word);
  return kind === 'person' || kind === 'unknown';
}

/** Lower-case particles inside names: "Lena van der Berg", "Ana de la Cruz", "Ahmed bin Said". */
export const NAME_PARTICLES = new Set(
  'van von der den de del della di da dos das du la le bin ibn al ter ten zu y'.split(' '),
);

/** Trailing words that make a capitalised run a company: "Adeyemi Consulting", "Keller GmbH". */
export const COMPANY_WORDS =
  'Inc|Corp|Corporation|Ltd|Limited|LLC|LLP|GmbH|AG|KG|SE|SA|SAS|S\\.A|BV|NV|Plc|PLC|Co|Group|Holdings|Labs|Logistics|Logistik|Freight|Software|Systems|Technologies|Solutions|Partners|Bank|Capital|Consulting|Ventures|Associates|Studio|Studios|Media|Health|Medical|Energy|Foods|Motors|Insurance|Analytics|Maschinenbau|Söhne|Sons|Brothers|Enterprises|Industries|Hotels|Airlines|Pharmaceuticals';
const FOLLOWED_BY_COMPANY = new RegExp(
  String.raw`^(?:[ ]*&[ ]*\p{Lu}|(?:[ ]+\p{Lu}[\p{L}-]*){0,2}[ ]+(?:${COMPANY_WORDS})\b)`,
  'u',
);

const ENDS_WITH_COMPANY_WORD = new RegExp(String.raw`\b(?:${COMPANY_WORDS})$`, 'u');

/** "Wayne Enterprises", "Tanaka Medical Group", "Haddad & Partners": a company, or a surname opening one. */
export function isCompanyName(text: string, start: number, end: number): boolean {
  return (
    ENDS_WITH_COMPANY_WORD.test(text.slice(start, end)) || FOLLOWED_BY_COMPANY.test(text.slice(end, end + 60))
  );
}
