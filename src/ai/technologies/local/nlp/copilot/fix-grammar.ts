import { capitaliseWords } from './tidy-text.js';

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
  acommodate: 'accommodate',
  occurence: 'occurrence',
  reciept: 'receipt',
};

// "that that" and "had had" are often right; other doubled words are typos.
const DOUBLED = /\b([A-Za-z]+)(\s+)\1\b/gi;
const KEEP_DOUBLED = new Set(['that', 'had']);
// Dotted words that are not two sentences run together: domains, file names, "Node.js".
const DOTTED_WORD =
  /^(?:com|org|net|io|ai|app|dev|de|eu|co|uk|fr|nl|ch|at|us|gov|edu|js|ts|pdf|docx?|xlsx?|csv|html?)$/i;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|ca|cf|no|mr|mrs|ms|dr)\.$/i;
const LIST_MARKER = /^\s*(?:[-*•]|\d{1,2}[.)]|\[ ?\])\s/;

const keepCase = (from: string, to: string) =>
  from[0] === from[0]?.toUpperCase() ? to.charAt(0).toUpperCase() + to.slice(1) : to;

function spaceAfterFullStops(line: string): string {
  return line.replace(/\S+/g, (token) => {
    if (/@|:\/\/|^www\./i.test(token)) return token;
    return token.replace(/([A-Za-z]{2,})\.([A-Za-z]{2,})/g, (m, a: string, b: string) =>
      DOTTED_WORD.test(b) ? m : `${a}. ${b}`,
    );
  });
}

function capitaliseSentenceStarts(line: string): string {
  return line.replace(
    /(^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?|[.!?]\s+)([a-z])/g,
    (m, pre: string, c: string, at: number) =>
      ABBREVIATION.test(line.slice(0, at + pre.trimEnd().length)) ? m : pre + c.toUpperCase(),
  );
}

function fixLine(line: string): string {
  const fixed = capitaliseSentenceStarts(
    capitaliseWords(
      spaceAfterFullStops(
        line
          .replace(/\b[A-Za-z]+\b/g, (w) => {
            const right = MISSPELLINGS[w.toLowerCase()];
            return right ? keepCase(w, right) : w;
          })
          .replace(DOUBLED, (m, w: string) => (KEEP_DOUBLED.has(w.toLowerCase()) ? m : w))
          .replace(/(\S)[ \t]{2,}/g, '$1 ')
          .replace(/[ \t]+([,.;:!?])(\p{L}*)/gu, (m, p: string, next: string) =>
            p === '.' && DOTTED_WORD.test(next) ? m : p + next,
          )
          .replace(/([,;!?])(?=\p{L})/gu, '$1 '),
      ),
    ),
  );
  // A sentence without its full stop; headings, greetings, sign-offs and list items stay as they are.
  const words = fixed.trim().split(/\s+/).length;
  return words > 3 && !LIST_MARKER.test(fixed) ? fixed.replace(/([\p{L}\d)"'])\s*$/u, '$1.') : fixed;
}

/**
 * Deterministic fixes only, so nothing is reworded: common misspellings, doubled words, spacing
 * around punctuation, capitals at sentence starts and for "I", weekdays, months and business
 * acronyms, and a missing full stop. Line breaks and indentation stay.
 */
export function fixGrammar(text: string): string {
  return text.split('\n').map(fixLine).join('\n');
}
