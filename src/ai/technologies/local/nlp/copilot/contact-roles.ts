import { escapeRegExp, type Statement } from './source-text.js';

export type ContactRole = { contactName: string; role: string; sourceSentence: string };

const ROLES: [RegExp, string][] = [
  [
    /\b(?:decision[- ]maker|makes? the (?:final )?(?:decision|call)|(?:has|have) the final say)\b/gi,
    'Decision maker',
  ],
  [
    /\b(?:signs? off|sign-off|approves? the budget|budget owner|economic buyer|holds the budget)\b/gi,
    'Economic buyer',
  ],
  [/\bchampion\b/gi, 'Champion'],
  [/\bCFO\b|\bfinance director\b|\bhead of finance\b/g, 'CFO'],
  [/\bCEO\b|\bmanaging director\b|\bfounder\b/g, 'CEO'],
  [/\bCTO\b|\btechnical lead\b|\btech lead\b|\bIT lead\b|\bhead of IT\b|\bruns IT\b/g, 'Technical lead'],
  [/\bprocurement\b|\bpurchasing\b/gi, 'Procurement'],
  [/\blegal counsel\b|\blawyer\b|\bgeneral counsel\b/gi, 'Legal'],
];
// Farther than this from the role's words, a name is probably about something else in the sentence.
const MAX_GAP = 60;
// "Helena is the decision maker, and Marta handles procurement": a role stays in its own clause.
const CLAUSE_BREAK = /;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b/i;
const FIRST_PERSON = /\b(?:I['’]m|I am|I)\b/;

type Mention = { name: string; start: number; end: number };

function mentionsIn(text: string, names: string[]): Mention[] {
  const found: Mention[] = [];
  for (const name of names) {
    // A full name, or its first or last name alone ("Helena is the decision maker").
    const forms = [name, ...name.split(/\s+/).filter((p) => p.length > 2)];
    for (const form of new Set(forms)) {
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) found.push({ name, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

/**
 * Roles people are given in the text ("Helena is the decision maker", "our CFO, Helena Brandt",
 * "I sign off on the budget"), each given to the name nearest the role's words, or to the speaker
 * when they say it of themselves. Known contacts come first, so "Helena" is "Helena Brandt".
 */
export function contactRolesOf(statements: Statement[], names: string[]): ContactRole[] {
  const roles: ContactRole[] = [];
  for (const s of statements) {
    if (s.question) continue;
    const mentions = mentionsIn(s.text, names);
    for (const [re, role] of ROLES) {
      for (const m of s.text.matchAll(re)) {
        const end = m.index + m[0].length;
        const gap = (n: Mention) => {
          const between = s.text.slice(Math.min(n.end, end), Math.max(n.start, m.index));
          return Math.max(0, m.index - n.end, n.start - end) + (CLAUSE_BREAK.test(between) ? MAX_GAP : 0);
        };
        const nearest = mentions.filter((n) => gap(n) <= MAX_GAP).sort((a, b) => gap(a) - gap(b))[0];
        const speaker =
          !nearest && s.sentence.speaker && FIRST_PERSON.test(s.text.slice(0, m.index))
            ? s.sentence.speaker
            : null;
        const who = nearest?.name ?? speaker;
        if (who && !roles.some((r) => r.contactName === who && r.role === role))
          roles.push({ contactName: who, role, sourceSentence: s.text });
      }
    }
  }
  return roles;
}
