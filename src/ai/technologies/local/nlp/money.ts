import nlp from 'compromise';

export type Money = { text: string; amount: number; currency: string | null };

type Found = Money & { index: number };

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`\s?(?:k|mm|mn|m|bn|b)\b|\s+(?:thousand|million|billion)\b`;
const CODES = 'USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|INR';
// `$48,000`, `EUR 12,500`, `€12.5k`, `$1.2 million`
const PREFIXED = new RegExp(
  String.raw`(US\$|CA\$|A\$|\$|€|£|¥|\b(?:${CODES})\s?)(${NUMBER})(${SCALE})?`,
  'gi',
);
// `12,500 euros`, `1.2 million dollars`, `48,000 USD`, `12.5k€`
const SUFFIXED = new RegExp(
  String.raw`\b(${NUMBER})(${SCALE})?\s*(€|£|\b(?:${CODES}|dollars?|euros?|pounds?|bucks)\b)`,
  'gi',
);
// `48k` without a currency: sales talk for money, unless a unit follows ("5k users").
const BARE_THOUSANDS = new RegExp(String.raw`\b(${NUMBER})\s?k\b`, 'gi');
const AFTER_BARE = new Set([
  'a',
  'all',
  'an',
  'and',
  'annually',
  'arr',
  'budget',
  'for',
  'in',
  'including',
  'is',
  'mrr',
  'or',
  'per',
  'plus',
  'to',
  'total',
  'upfront',
  'was',
  'with',
  'would',
  'yearly',
]);

const CURRENCIES: Record<string, string> = {
  us$: 'USD',
  ca$: 'CAD',
  a$: 'AUD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
};

function currencyOf(raw: string): string {
  const key = raw.trim().toLowerCase();
  return CURRENCIES[key] ?? key.toUpperCase();
}

function scaleOf(raw: string | undefined): number {
  const key = (raw ?? '').trim().toLowerCase();
  if (key === 'k' || key === 'thousand') return 1e3;
  if (key === 'm' || key === 'mm' || key === 'mn' || key === 'million') return 1e6;
  if (key === 'b' || key === 'bn' || key === 'billion') return 1e9;
  return 1;
}

/** Parses a digit amount such as "12,500" with an optional scale ("k", "million"). */
function toAmount(digits: string, scale?: string): number {
  return Math.round(Number.parseFloat(digits.replace(/,/g, '')) * scaleOf(scale) * 100) / 100;
}

function regexMatches(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PREFIXED)) {
    found.push({ text: m[0], index: m.index, amount: toAmount(m[2]!, m[3]), currency: currencyOf(m[1]!) });
  }
  for (const m of text.matchAll(SUFFIXED)) {
    found.push({ text: m[0], index: m.index, amount: toAmount(m[1]!, m[2]), currency: currencyOf(m[3]!) });
  }
  for (const m of text.matchAll(BARE_THOUSANDS)) {
    const next = /^\s*([a-z]+)/i.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    if (next !== undefined && !AFTER_BARE.has(next)) continue;
    found.push({ text: m[0], index: m.index, amount: toAmount(m[1]!, 'k'), currency: null });
  }
  return found;
}

// compromise is slow (tens of ms per thousand words), so it reads only lines with an amount in words:
// a number word a few words before a currency ("fifty thousand dollars"), or after a symbol ("$fifty").
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|grand';
const CURRENCY_WORDS = 'dollars?|euros?|pounds?|bucks|cents?|yen|francs?|grand|usd|eur|gbp|chf';
const AMOUNT_IN_WORDS = new RegExp(
  String.raw`\b(?:${NUMBER_WORDS})(?:[\s-]+[a-z]+){0,4}?[\s-]+(?:${CURRENCY_WORDS})\b|[$€£¥]\s?(?:${NUMBER_WORDS})\b`,
  'i',
);

function wordMatches(text: string): Found[] {
  return [...text.matchAll(/[^\n]+/g)].flatMap((line) =>
    AMOUNT_IN_WORDS.test(line[0])
      ? wordMatchesIn(line[0]).map((found) => ({ ...found, index: found.index + line.index }))
      : [],
  );
}

// compromise reads amounts written in words ("fifty thousand dollars") that the patterns above miss.
function wordMatchesIn(text: string): Found[] {
  const spans = nlp(text).money().json({ offset: true }) as {
    text: string;
    offset: { start: number };
    money?: { currency?: string };
  }[];
  return spans.flatMap((span) => {
    const words = span.text.trim().replace(/[.,;:!?]+$/, '');
    // compromise's own money value drops the scale ("fifty thousand" → 50); its number parser keeps it.
    const parsed = nlp(words).numbers().get();
    const amount = Array.isArray(parsed) ? parsed[0] : parsed;
    if (typeof amount !== 'number') return [];
    const currency = span.money?.currency;
    return [
      { text: words, index: span.offset.start, amount, currency: currency ? currencyOf(currency) : null },
    ];
  });
}

/** Money amounts in text order; overlapping matches keep the longest, then the first found. */
export function findMoney(text: string): Money[] {
  const candidates = [...regexMatches(text), ...wordMatches(text)];
  const kept: Found[] = [];
  const byLength = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.text.length - a.candidate.text.length || a.order - b.order);
  for (const { candidate } of byLength) {
    const end = candidate.index + candidate.text.length;
    const overlaps = kept.some((k) => candidate.index < k.index + k.text.length && k.index < end);
    if (!overlaps) kept.push(candidate);
  }
  return kept
    .sort((a, b) => a.index - b.index)
    .map(({ text, amount, currency }) => ({ text, amount, currency }));
}
