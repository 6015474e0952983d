import { findDates } from '../dates.js';
import { dealFactsOf } from '../deal-facts.js';
import { findMoney } from '../money.js';
import { analyze } from '../nlp.js';

export type AutofillFacts = {
  customFields?: { key: string; label: string; type: string; options?: string[] }[];
  contacts?: { id: string; name: string }[];
  products?: string[];
};
type Field = {
  field: string;
  value: string | number | string[] | null;
  sourceSentence: string;
  confidence: number;
};
type Role = { contactName: string; role: string; sourceSentence: string };

const AMOUNT_CUE =
  /\b(?:price|pricing|budget|total|contract|quote|per (?:year|month|annum)|annual|yearly|value|deal|cost|licen[cs]e|fee|invoice)\b/i;
const CLOSE_CUE =
  /\b(?:sign|signing|signed|close|closing|go[- ]live|start|kick[- ]?off|decision|decide|launch|contract|by)\b/i;
const ROLES: [RegExp, string][] = [
  [/\b(?:decision[- ]maker|makes? the (?:final )?decision|final say)\b/i, 'Decision maker'],
  [/\b(?:signs? off|sign-off|approves? the budget|budget owner|economic buyer)\b/i, 'Economic buyer'],
  [/\bchampion\b/i, 'Champion'],
  [/\bCFO\b|\bfinance director\b/i, 'CFO'],
  [/\bCEO\b|\bmanaging director\b/i, 'CEO'],
  [/\bCTO\b|\btechnical lead\b|\btech lead\b|\bIT lead\b|\bhead of IT\b/i, 'Technical lead'],
  [/\bprocurement\b|\bpurchasing\b/i, 'Procurement'],
  [/\blegal\b|\blawyer\b|\bcounsel\b/i, 'Legal'],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (sentence: string, phrase: string) =>
  new RegExp(`\\b${escapeRe(phrase)}\\b`, 'i').test(sentence);

/**
 * Deal fields stated in a transcript or chat, each with the sentence it was read from: the amount
 * (preferring sentences about price or budget), its currency, a close date (dates near signing or
 * go-live words), the next step, products from the account's list, custom fields by their labels, and
 * the roles people are given. Only what the text says; every value carries its source sentence.
 */
export function crmAutofill(
  text: string,
  facts: AutofillFacts,
  referenceDate: Date,
): { fields: Field[]; contactRoles: Role[] } {
  const sentences = analyze(text).map((s) => ({ s, text: s.text.trim() }));
  const fields: Field[] = [];
  const withMoney = sentences.flatMap((x) => findMoney(x.text).map((m) => ({ ...x, m })));
  const money = withMoney.find((x) => AMOUNT_CUE.test(x.text)) ?? withMoney[0];
  if (money) {
    const cue = AMOUNT_CUE.test(money.text);
    fields.push({
      field: 'amount',
      value: money.m.amount,
      sourceSentence: money.text,
      confidence: cue ? 0.9 : 0.6,
    });
    if (money.m.currency)
      fields.push({
        field: 'currency',
        value: money.m.currency,
        sourceSentence: money.text,
        confidence: cue ? 0.9 : 0.6,
      });
  }
  const dated = sentences
    .filter((x) => CLOSE_CUE.test(x.text))
    .flatMap((x) => findDates(x.text, referenceDate).map((d) => ({ ...x, d })));
  if (dated[0])
    fields.push({
      field: 'closeDate',
      value: dated[0].d.date,
      sourceSentence: dated[0].text,
      confidence: 0.8,
    });
  const deal = dealFactsOf(
    sentences.map((x) => x.s),
    referenceDate,
  );
  if (deal.nextStep) {
    const from = sentences.find((x) => x.text.includes(deal.nextStep!) || deal.nextStep!.includes(x.text));
    fields.push({
      field: 'nextStep',
      value: deal.nextStep,
      sourceSentence: from?.text ?? deal.nextStep,
      confidence: 0.7,
    });
  }
  const products = (facts.products ?? []).filter((p) => sentences.some((x) => mentions(x.text, p)));
  if (products.length)
    fields.push({
      field: 'products',
      value: products,
      sourceSentence: sentences.find((x) => mentions(x.text, products[0]!))!.text,
      confidence: 0.8,
    });
  for (const def of facts.customFields ?? []) {
    const about = sentences.filter((x) => mentions(x.text, def.label));
    const field = `custom.${def.key}`;
    if (def.type === 'select' || def.type === 'multiselect') {
      const pool = about.length ? about : sentences;
      const hit = (def.options ?? []).flatMap((o) =>
        pool.filter((x) => mentions(x.text, o)).map((x) => ({ o, x })),
      )[0];
      if (hit)
        fields.push({
          field,
          value: def.type === 'select' ? hit.o : [hit.o],
          sourceSentence: hit.x.text,
          confidence: about.length ? 0.8 : 0.5,
        });
    } else if (def.type === 'number') {
      const hit = about
        .map((x) => ({
          x,
          n: x.text
            .slice(x.text.toLowerCase().indexOf(def.label.toLowerCase()))
            .match(/-?\d[\d,]*(?:\.\d+)?/),
        }))
        .find((h) => h.n);
      if (hit?.n)
        fields.push({
          field,
          value: Number(hit.n[0].replace(/,/g, '')),
          sourceSentence: hit.x.text,
          confidence: 0.7,
        });
    } else if (def.type === 'date') {
      const hit = about.flatMap((x) => findDates(x.text, referenceDate).map((d) => ({ x, d })))[0];
      if (hit) fields.push({ field, value: hit.d.date, sourceSentence: hit.x.text, confidence: 0.7 });
    } else if (def.type === 'text' && about[0]) {
      const after = about[0].text
        .split(new RegExp(`${escapeRe(def.label)}\\s*(?:is|are|:|=|will be)?\\s*`, 'i'))[1]
        ?.replace(/[.!]$/, '')
        .trim();
      fields.push({ field, value: after || about[0].text, sourceSentence: about[0].text, confidence: 0.5 });
    }
  }
  const contactRoles: Role[] = [];
  const names = [...(facts.contacts ?? []).map((c) => c.name), ...deal.people];
  for (const x of sentences) {
    for (const [re, role] of ROLES) {
      if (!re.test(x.text)) continue;
      const who = names.find((n) => mentions(x.text, n) || mentions(x.text, n.split(/\s+/)[0] ?? n));
      if (who && !contactRoles.some((r) => r.contactName === who && r.role === role))
        contactRoles.push({ contactName: who, role, sourceSentence: x.text });
    }
  }
  return { fields, contactRoles };
}
