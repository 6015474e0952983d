import { analyze } from '../nlp.js';
import { summarizeSentences } from '../summarize.js';
import { checklistItems } from './checklist-items.js';

const MISSPELLINGS: Record<string, string> = {
  teh: 'the',
  recieve: 'receive',
  recieved: 'received',
  seperate: 'separate',
  definately: 'definitely',
  occured: 'occurred',
  untill: 'until',
  wich: 'which',
  accross: 'across',
  adress: 'address',
  acheive: 'achieve',
  agressive: 'aggressive',
  apparantly: 'apparently',
  begining: 'beginning',
  beleive: 'believe',
  calender: 'calendar',
  commited: 'committed',
  completly: 'completely',
  concious: 'conscious',
  enviroment: 'environment',
  existance: 'existence',
  foward: 'forward',
  goverment: 'government',
  gaurantee: 'guarantee',
  happend: 'happened',
  immediatly: 'immediately',
  independant: 'independent',
  knowlege: 'knowledge',
  neccessary: 'necessary',
  noticable: 'noticeable',
  occassion: 'occasion',
  persue: 'pursue',
  posession: 'possession',
  prefered: 'preferred',
  priviledge: 'privilege',
  publically: 'publicly',
  realy: 'really',
  recomend: 'recommend',
  refered: 'referred',
  relevent: 'relevant',
  responsability: 'responsibility',
  succesful: 'successful',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  truely: 'truly',
  wierd: 'weird',
  thier: 'their',
  alot: 'a lot',
  buisness: 'business',
  payed: 'paid',
  shedule: 'schedule',
  managment: 'management',
};
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/gi, 'cannot'],
  [/\bwon't\b/gi, 'will not'],
  [/\bshan't\b/gi, 'shall not'],
  [/\b(\w+)n't\b/gi, '$1 not'],
  [/\bI'm\b/g, 'I am'],
  [/\b(\w+)'re\b/gi, '$1 are'],
  [/\b(\w+)'ve\b/gi, '$1 have'],
  [/\b(\w+)'ll\b/gi, '$1 will'],
  [/\b(I|you|we|they|he|she)'d\b/gi, '$1 would'],
  [/\blet's\b/gi, 'let us'],
  [/\b(it|that|there|what|who)'s\b/gi, '$1 is'],
];
const INFORMAL: [RegExp, string][] = [
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'have to'],
  [/\bthx\b|\bthanx\b/gi, 'thank you'],
  [/\bpls\b|\bplz\b/gi, 'please'],
  [/\basap\b/gi, 'as soon as possible'],
  [/\bfyi\b/gi, 'for your information'],
  [/^(?:hey|hi) (?:guys|all|folks|team)\b/gim, 'Hello all'],
  [/^hey\b/gim, 'Hello'],
  [/\byeah\b/gi, 'yes'],
  [/\bok\b|\bokay\b/gi, 'all right'],
  [/\bkinda\b/gi, 'somewhat'],
  [/\bawesome\b/gi, 'excellent'],
];

const keepCase = (from: string, to: string) =>
  from[0] === from[0]?.toUpperCase() ? to.charAt(0).toUpperCase() + to.slice(1) : to;

/** Deterministic fixes only: spelling from a list, doubled words, spacing, capitals, final stop. */
export function fixGrammar(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\b([A-Za-z]+)\b/g, (w) =>
          MISSPELLINGS[w.toLowerCase()] ? keepCase(w, MISSPELLINGS[w.toLowerCase()]!) : w,
        )
        .replace(/\b(\w+)\s+\1\b/gi, '$1')
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/\s+([,.;:!?])/g, '$1')
        .replace(/([,;:!?])(?=[A-Za-z])/g, '$1 ')
        .replace(/\.(?=[A-Z][a-z])/g, '. ')
        .replace(/\bi\b/g, 'I')
        .replace(/(^\s*|[.!?]\s+)([a-z])/g, (_, pre: string, c: string) => pre + c.toUpperCase())
        .replace(/([A-Za-z0-9)"'])\s*$/, (m, c: string) =>
          line.trim().split(/\s+/).length > 3 ? `${c}.` : m,
        ),
    )
    .join('\n');
}

export function formalTone(text: string): string {
  let out = text;
  for (const [re, to] of [...INFORMAL, ...CONTRACTIONS])
    out = out.replace(re, (m) => keepCase(m, m.replace(re, to)));
  return fixGrammar(
    out
      .replace(/!{2,}/g, '.')
      .replace(/!/g, '.')
      .replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]\s?/gu, '')
      .replace(/\.{2,}/g, '.'),
  );
}

const unsupported = (what: string) =>
  new RangeError(
    `The local engine cannot ${what}; an administrator can connect a generative AI technology for it.`,
  );

/** The editor actions the local engine can do honestly; the rest are refused, not faked. */
export function editText(text: string, action: string, tone?: string): string {
  switch (action) {
    case 'shorten': {
      const sentences = analyze(text);
      if (sentences.length < 2) throw new RangeError('The text is one sentence already; nothing to shorten.');
      return summarizeSentences(sentences, { sentences: Math.max(1, Math.floor(sentences.length / 2)) }).text;
    }
    case 'summarize':
      return summarizeSentences(analyze(text), { sentences: 3 }).text;
    case 'checklist': {
      const items = checklistItems(text, 30);
      if (!items.length) throw new RangeError('No actions found in the text to turn into a checklist.');
      return items.map((i) => `- [ ] ${i}`).join('\n');
    }
    case 'fix_grammar':
      return fixGrammar(text);
    case 'change_tone':
      if (tone === 'formal') return formalTone(text);
      throw unsupported(`write in a ${tone ?? 'different'} tone`);
    case 'translate':
      throw unsupported('translate');
    case 'expand':
      throw unsupported('expand a text');
    default:
      throw unsupported('rewrite a text');
  }
}
