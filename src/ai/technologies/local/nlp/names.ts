import nlp from 'compromise';
import type { Sentence } from './nlp.js';

/** A name and where it first appears in the plain text; lower `at` sorts first. */
type Mention = { name: string; at: number };

const ORG_SUFFIX =
  'Inc|Corp|Corporation|Ltd|LLC|GmbH|AG|plc|SE|BV|Group|Holdings|Labs|Logistics|Freight|Software|Systems|Technologies|Solutions|Partners|Bank|Capital|Consulting';
const ORG_PATTERN = new RegExp(String.raw`\b(?:\p{Lu}[\p{L}&'-]*\s+){1,3}(?:${ORG_SUFFIX})\b\.?`, 'gu');
// Capitalised words that open an organisation match without being part of the name.
const LEADING_WORDS = /^(?:Hi|Hello|Dear|Thanks|At|From|With|The|Our|Your|And|Manager|Director),?\s+/;
// Acronyms compromise tags as organisations that are products, roles or jargon in CRM text.
const NOT_ORGANISATIONS = new Set(
  'AI API ARR CEO CFO COO CRM CTO DPA EOD ERP ETA EU FAQ GDPR HR ISO IT KPI ML MRR MSA NDA PDF QBR ROI SaaS SLA SOC SSO UK US USD EUR GBP VP'.split(
    ' ',
  ),
);
// Words that make a capitalised pair a title, a team or a date rather than a person.
const NOT_PERSON_WORDS = new Set(
  'Account Customer Data Director Engineer Executive Head Lead Manager Officer Operations President Product Sales Success Support Team Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

function clean(name: string): string {
  return (
    name
      .replace(/[\s.,;:!?]+$/, '')
      .replace(/['’]s$/, '')
      // "the Microsoft office": a name ends at its last capitalised word.
      .replace(/(?:\s+\p{Ll}[\p{L}-]*)+$/u, '')
      .trim()
  );
}

// Only the part of compromise's views used here; their classes differ per plugin.
type CompromiseView = { json: (options: { offset: boolean }) => unknown };

function compromiseMentions(view: CompromiseView): Mention[] {
  const spans = view.json({ offset: true }) as { text: string; offset: { start: number } }[];
  return spans.map((span) => ({ name: clean(span.text), at: span.offset.start }));
}

/** Pairs of capitalised proper nouns ("Priya Shah") that compromise's lexicon does not know. */
function properNounPairs(sentences: Sentence[], offsets: number[]): Mention[] {
  const found: Mention[] = [];
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    for (let t = 0; t + 1 < tokens.length; t++) {
      const pair = [tokens[t]!, tokens[t + 1]!];
      const isName = pair.every((token) => token.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(token.value));
      const before = tokens[t - 1];
      const after = tokens[t + 2];
      const inRun = [before, after].some(
        (token) => token && /^\p{Lu}/u.test(token.value) && token.pos === 'PROPN',
      );
      if (!isName || inRun || pair.some((token) => NOT_PERSON_WORDS.has(token.value))) continue;
      const name = `${pair[0]!.value} ${pair[1]!.value}`;
      found.push({ name, at: offsets[i]! + Math.max(0, sentence.text.indexOf(name)) });
    }
  });
  return found;
}

/**
 * Merges mentions into distinct names in first-seen order. A single word that starts exactly one
 * longer name ("Tom" and "Tom Becker") is the same entity and takes the longer form.
 */
function mergeMentions(mentions: Mention[]): string[] {
  const first = new Map<string, number>();
  for (const { name, at } of mentions) {
    if (name === '') continue;
    first.set(name, Math.min(first.get(name) ?? at, at));
  }
  const names = [...first.keys()];
  for (const name of names) {
    if (name.includes(' ')) continue;
    const longer = names.filter((other) => other.startsWith(`${name} `));
    if (longer.length !== 1) continue;
    const full = longer[0]!;
    first.set(full, Math.min(first.get(full)!, first.get(name)!));
    first.delete(name);
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}

/** Where each sentence starts in the sentence texts joined by newlines. */
function plainOffsets(sentences: Sentence[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    offsets.push(offset);
    offset += sentence.text.length + 1;
  }
  return offsets;
}

/**
 * People known without compromise (which costs tens of milliseconds per thousand words): the
 * speakers and pairs of capitalised proper nouns ("Priya Shah"). Fewer than `findNames` finds.
 */
export function quickPeople(sentences: Sentence[]): string[] {
  const offsets = plainOffsets(sentences);
  const speakers = sentences.flatMap((s, i) => (s.speaker ? [{ name: s.speaker, at: offsets[i]! }] : []));
  return mergeMentions([...speakers, ...properNounPairs(sentences, offsets)]);
}

/** People and organisations of analysed sentences; `plain` is their texts joined by newlines. */
export function findNames(
  sentences: Sentence[],
  plain: string,
): { people: string[]; organisations: string[] } {
  const offsets = plainOffsets(sentences);
  const doc = nlp(plain);
  const organisations = mergeMentions([
    ...compromiseMentions(doc.organizations()),
    ...[...plain.matchAll(ORG_PATTERN)].map((m) => ({
      name: clean(m[0].replace(LEADING_WORDS, '')),
      at: m.index,
    })),
  ]).filter((name) => !NOT_ORGANISATIONS.has(name));
  const orgWords = new Set(organisations.flatMap((org) => org.split(/\s+/)));
  const speakers: Mention[] = sentences.flatMap((sentence, i) =>
    sentence.speaker ? [{ name: sentence.speaker, at: offsets[i]! }] : [],
  );
  const mentioned = [...compromiseMentions(doc.people()), ...properNounPairs(sentences, offsets)].filter(
    ({ name }) => /^\p{Lu}/u.test(name) && !name.split(/\s+/).some((word) => orgWords.has(word)),
  );
  const people = mergeMentions([...speakers, ...mentioned]);
  const extra = bareOrganisations(
    sentences,
    offsets,
    new Set([...people, ...organisations].flatMap((n) => n.split(/\s+/))),
  );
  return {
    people,
    organisations: mergeMentions([
      ...organisations.map((name) => ({ name, at: plain.indexOf(name) })),
      ...extra,
    ]),
  };
}

/** "Great." and "Sure," are capitalised at a sentence's start; the lexicon knows them as ordinary words. */
const isCommonWord = (word: string) =>
  nlp(word.toLowerCase()).has(
    '(#Adjective|#Adverb|#Expression|#Verb|#Determiner|#Pronoun|#Preposition|#Conjunction)',
  );

const ORG_CONTEXT = new Set(['at', 'from', 'with', 'for', 'join', 'joined', 'joining', 'by']);

/**
 * One-word company names compromise misses ("Northwind wants…", "the team at Northwind"): a
 * capitalised proper noun that is nobody's name, seen after "at/from/with…" or mentioned twice.
 */
function bareOrganisations(sentences: Sentence[], offsets: number[], known: Set<string>): Mention[] {
  const seen = new Map<string, { count: number; at: number; afterPreposition: boolean }>();
  sentences.forEach((sentence, i) => {
    sentence.tokens.forEach((token, t) => {
      const word = token.value;
      if (token.pos !== 'PROPN' || !/^\p{Lu}[\p{Ll}]{2,}$/u.test(word)) return;
      if (known.has(word) || NOT_PERSON_WORDS.has(word) || NOT_ORGANISATIONS.has(word) || isCommonWord(word))
        return;
      const prev = sentence.tokens[t - 1];
      const next = sentence.tokens[t + 1];
      // Part of a longer capitalised run: a person or a product name, handled elsewhere.
      if ([prev, next].some((x) => x && /^\p{Lu}/u.test(x.value) && x.pos === 'PROPN')) return;
      const entry = seen.get(word) ?? {
        count: 0,
        at: offsets[i]! + Math.max(0, sentence.text.indexOf(word)),
        afterPreposition: false,
      };
      entry.count++;
      entry.afterPreposition ||= prev !== undefined && ORG_CONTEXT.has(prev.value.toLowerCase());
      seen.set(word, entry);
    });
  });
  return [...seen.entries()]
    .filter(([, e]) => e.afterPreposition || e.count >= 2)
    .map(([name, e]) => ({ name, at: e.at }));
}
