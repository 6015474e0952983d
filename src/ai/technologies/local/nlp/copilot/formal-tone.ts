import { fixGrammar } from './fix-grammar.js';

const A = `['’]`;
const CONTRACTIONS: [RegExp, string][] = [
  [new RegExp(`\\bcan${A}t\\b`, 'gi'), 'cannot'],
  [new RegExp(`\\bwon${A}t\\b`, 'gi'), 'will not'],
  [new RegExp(`\\bshan${A}t\\b`, 'gi'), 'shall not'],
  [new RegExp(`\\b(\\w+)n${A}t\\b`, 'gi'), '$1 not'],
  [new RegExp(`\\bI${A}m\\b`, 'g'), 'I am'],
  [new RegExp(`\\b(\\w+)${A}re\\b`, 'gi'), '$1 are'],
  [new RegExp(`\\b(\\w+)${A}ve\\b`, 'gi'), '$1 have'],
  [new RegExp(`\\b(\\w+)${A}ll\\b`, 'gi'), '$1 will'],
  [new RegExp(`\\b(I|you|we|they|he|she)${A}d\\b`, 'gi'), '$1 would'],
  [new RegExp(`\\blet${A}s\\b`, 'gi'), 'let us'],
  // "it's been" is "it has been"; otherwise "'s" after these words is "is".
  [new RegExp(`\\b(it|that|there|what|who|he|she)${A}s been\\b`, 'gi'), '$1 has been'],
  [new RegExp(`\\b(it|that|there|what|who|he|she|here)${A}s\\b`, 'gi'), '$1 is'],
];
const INFORMAL: [RegExp, string][] = [
  // "… next week thx" ends with a sentence of its own.
  [/(?<=\S)[, \t]+(?:thx|thanx|thanks)[!.]*[ \t]*$/gim, '. Thank you.'],
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'have to'],
  [/\bthx\b|\bthanx\b/gi, 'thank you'],
  [/\bpls\b|\bplz\b/gi, 'please'],
  [/\basap\b/gi, 'as soon as possible'],
  [/\bfyi\b/gi, 'for your information'],
  [/\bbtw\b/gi, 'by the way'],
  [/^(?:hey|hi) (?:guys|all|folks|everyone|y['’]all)\b/gim, 'Hello everyone'],
  [/^hey\b/gim, 'Hello'],
  [/\byeah\b|\byep\b/gi, 'yes'],
  [/\bnope\b/gi, 'no'],
  [/\bok\b|\bokay\b/gi, 'all right'],
  [/\bkinda\b/gi, 'somewhat'],
  [/\bsuper(?=\s+\w)/gi, 'very'],
  [/\bawesome\b/gi, 'excellent'],
  [/\b(?:lol|haha+|hehe+)\b[.!]*\s*/gi, ''],
];
const EMOJI = /\p{Extended_Pictographic}\uFE0F?\s?/gu;
const EMOTICON = /(?:^|\s)[:;=]-?[)(DPp](?=\s|$|[.,!?])/g;

// "Gonna" → "Going to"; a replacement that starts a sentence of its own keeps its own case.
const keepCase = (from: string, to: string) =>
  /^\p{Lu}/u.test(from) && /^\p{L}/u.test(to) ? to.charAt(0).toUpperCase() + to.slice(1) : to;

/**
 * The same text in a formal register: contractions written out, chat abbreviations and slang
 * replaced, exclamation marks, emoji and emoticons removed, then the grammar fixes. The words
 * that carry meaning are not touched.
 */
export function formalTone(text: string): string {
  let out = text.replace(EMOJI, '').replace(EMOTICON, '');
  for (const [re, to] of [...INFORMAL, ...CONTRACTIONS])
    out = out.replace(re, (m: string, ...groups: unknown[]) =>
      keepCase(
        m,
        to.replace(/\$(\d)/g, (_, i: string) => String(groups[Number(i) - 1] ?? '')),
      ),
    );
  return fixGrammar(
    out
      .replace(/[?!]*\?[?!]*/g, '?')
      .replace(/!+/g, '.')
      .replace(/\s+\./g, '.')
      .replace(/\.{2,}/g, '.')
      .replace(/^\s*\.\s*/gm, ''),
  );
}
