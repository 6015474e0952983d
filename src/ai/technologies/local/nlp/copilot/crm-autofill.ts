import { actionItemsOf } from '../action-items.js';
import { findDates } from '../dates.js';
import { nextStepOf } from '../deal-facts.js';
import { findMoney } from '../money.js';
import { analyze } from '../nlp.js';
import { type ContactRole, contactRolesOf } from './contact-roles.js';
import { customFieldValue } from './custom-fields.js';
import { type AutofillFacts, peopleOf } from './facts.js';
import { firmness, phrasePattern, type Statement, statementsOf, verbatim } from './source-text.js';

export type AutofillField = {
  field: string;
  value: string | number | string[] | null;
  sourceSentence: string;
  confidence: number;
};

const AMOUNT_CUE =
  /\b(?:price|pricing|budget|total|contract|quote|offer|per (?:year|month|annum|quarter|seat|user)|annual|yearly|value|cost|licen[cs]es?|fee|invoice)\b/i;
// "anything above 40,000 EUR" is a threshold, not the deal's amount.
const THRESHOLD_BEFORE = /\b(?:above|over|under|below|more than|less than|up to|at most|at least)\s*$/i;
// Future-facing words only: "we signed the NDA on November 2" is history, not a close date.
const SIGNING = /\b(?:sign|signing|signature|close|closing|decision|decide|purchase order|PO)\b/i;
const STARTING = /\b(?:go[- ]?live|going live|start|kick[- ]?off|launch|roll ?out)\b/i;

type Scored<T> = { statement: Statement; value: T; score: number };

const best = <T>(hits: Scored<T>[]) =>
  hits.reduce<Scored<T> | undefined>((top, h) => (!top || h.score > top.score ? h : top), undefined);

function amountOf(statements: Statement[]) {
  const hits = statements.flatMap((statement) =>
    findMoney(statement.text).map((money) => {
      const at = statement.text.indexOf(money.text);
      const threshold = THRESHOLD_BEFORE.test(statement.text.slice(0, Math.max(0, at)));
      const cue = AMOUNT_CUE.test(statement.text);
      return { statement, value: money, score: firmness(statement) + (cue ? 2 : 0) - (threshold ? 3 : 0) };
    }),
  );
  return best(hits);
}

function closeDateOf(statements: Statement[], referenceDate: Date) {
  const today = referenceDate.toISOString().slice(0, 10);
  const hits = statements.flatMap((statement) => {
    const cue = SIGNING.test(statement.text) ? 2 : STARTING.test(statement.text) ? 1 : 0;
    if (!cue) return [];
    return findDates(statement.text, referenceDate)
      .filter((d) => d.date > today)
      .slice(0, 1)
      .map((d) => ({ statement, value: d.date, score: firmness(statement) + cue }));
  });
  return best(hits);
}

/** 0..1 from how the value was stated: a cue word and an agreement raise it, a question lowers it. */
const sureness = (s: Statement, cue: boolean) =>
  s.question ? 0.4 : Math.min(0.95, 0.6 + (cue ? 0.2 : 0) + (s.agreed ? 0.15 : 0));

/**
 * Deal fields stated in a transcript or chat, each with the sentence it was read from, verbatim:
 * the amount and currency (amounts near price or budget words, the agreed one over the one asked
 * about, never a threshold), a close date (signing beats go-live, future dates only), the next
 * step, products from the account's list, custom fields by their labels, and the roles people
 * are given. Only what the text says.
 */
export function crmAutofill(
  input: string,
  facts: AutofillFacts,
  referenceDate: Date,
): { fields: AutofillField[]; contactRoles: ContactRole[] } {
  const sentences = analyze(input);
  const statements = statementsOf(sentences);
  const fields: AutofillField[] = [];
  const add = (field: string, value: AutofillField['value'], s: Statement | string, confidence: number) =>
    fields.push({
      field,
      value,
      sourceSentence: verbatim(input, typeof s === 'string' ? s : s.text),
      confidence: Math.round(confidence * 100) / 100,
    });

  const amount = amountOf(statements);
  if (amount) {
    const sure = sureness(amount.statement, AMOUNT_CUE.test(amount.statement.text));
    add('amount', amount.value.amount, amount.statement, sure);
    if (amount.value.currency) add('currency', amount.value.currency, amount.statement, sure);
  }
  const close = closeDateOf(statements, referenceDate);
  if (close)
    add(
      'closeDate',
      close.value,
      close.statement,
      sureness(close.statement, SIGNING.test(close.statement.text)),
    );
  const next = nextStepOf(actionItemsOf(sentences, referenceDate), sentences);
  if (next) add('nextStep', next.text, next.sentence, 0.7);

  const products = facts.products
    .map((name) => ({ name, said: statements.find((s) => !s.question && phrasePattern(name).test(s.text)) }))
    .filter((p) => p.said);
  if (products[0]?.said)
    add(
      'products',
      products.map((p) => p.name),
      products[0].said,
      0.8,
    );
  for (const def of facts.customFields) {
    const hit = customFieldValue(def, statements, referenceDate);
    if (hit) add(`custom.${def.key}`, hit.value, hit.statement, hit.confidence);
  }

  const names = peopleOf(sentences, facts);
  const contactRoles = contactRolesOf(statements, names).map((r) => ({
    ...r,
    sourceSentence: verbatim(input, r.sourceSentence),
  }));
  return { fields, contactRoles };
}
