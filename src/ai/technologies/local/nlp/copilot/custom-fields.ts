import { findDates } from '../dates.js';
import type { AutofillFacts } from './facts.js';
import { firmness, phrasePattern, type Statement } from './source-text.js';

export type FieldValue = { value: string | number | string[]; statement: Statement; confidence: number };
type Definition = AutofillFacts['customFields'][number];

const NUMBER = /-?\d[\d,]*(?:\.\d+)?/g;
// How many characters from the label a number may stand ("40 seats", "seats: 40").
const NUMBER_REACH = 24;

const MONEY_AROUND = /^(?:\s?(?:k\b|[€$£¥]|(?:EUR|USD|GBP|CHF)\b|dollars?\b|euros?\b|pounds?\b))/i;
const MONEY_OR_MONTH_BEFORE =
  /(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF)\s?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)$/i;

/** "12,000 EUR" or "January 15": a number that is an amount or a day, not a count. */
const partOfMoneyOrDate = (text: string, start: number, end: number) =>
  MONEY_AROUND.test(text.slice(end)) || MONEY_OR_MONTH_BEFORE.test(text.slice(0, start));

const firmest = <T extends { statement: Statement }>(hits: T[]): T | undefined =>
  [...hits].sort((a, b) => firmness(b.statement) - firmness(a.statement))[0];

const confidence = (s: Statement, base: number) =>
  s.question ? 0.3 : s.agreed ? Math.min(1, base + 0.1) : base;

function selectValue(def: Definition, statements: Statement[], about: Statement[]): FieldValue | undefined {
  const options = (def.options ?? []).map((o) => ({ o, re: phrasePattern(o) }));
  const pool = about.length ? about : statements;
  const hits = pool.flatMap((statement) => {
    const named = options
      .map(({ o, re }) => ({ o, at: re.exec(statement.text)?.index ?? -1 }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at);
    return named.length ? [{ statement, named: named.map((x) => x.o) }] : [];
  });
  const best = firmest(hits);
  if (!best) return undefined;
  const value = def.type === 'multiselect' ? best.named : best.named[0]!;
  return {
    value,
    statement: best.statement,
    confidence: confidence(best.statement, about.length ? 0.8 : 0.5),
  };
}

function numberValue(label: RegExp, about: Statement[]): FieldValue | undefined {
  const hits = about.flatMap((statement) => {
    const at = label.exec(statement.text);
    if (!at) return [];
    const labelEnd = at.index + at[0].length;
    const near = [...statement.text.matchAll(NUMBER)]
      .filter((n) => !partOfMoneyOrDate(statement.text, n.index, n.index + n[0].length))
      .map((n) => ({ n, gap: Math.max(at.index - (n.index + n[0].length), n.index - labelEnd) }))
      .filter((x) => x.gap >= 0 && x.gap <= NUMBER_REACH)
      .sort((a, b) => a.gap - b.gap)[0];
    return near ? [{ statement, value: Number(near.n[0].replace(/,/g, '')) }] : [];
  });
  const best = firmest(hits);
  return (
    best && { value: best.value, statement: best.statement, confidence: confidence(best.statement, 0.7) }
  );
}

function dateValue(about: Statement[], referenceDate: Date): FieldValue | undefined {
  const hits = about.flatMap((statement) =>
    findDates(statement.text, referenceDate)
      .slice(0, 1)
      .map((d) => ({ statement, value: d.date })),
  );
  const best = firmest(hits);
  return (
    best && { value: best.value, statement: best.statement, confidence: confidence(best.statement, 0.7) }
  );
}

function textValue(label: RegExp, about: Statement[]): FieldValue | undefined {
  const best = firmest(about.filter((s) => !s.question).map((statement) => ({ statement })));
  if (!best) return undefined;
  // "Payment terms: 60 days" gives the words after the label; otherwise the sentence is the value.
  const after = new RegExp(`${label.source}\\s*(?:is|are|will be|:|=)\\s+(.+?)[.!]?$`, label.flags).exec(
    best.statement.text,
  )?.[1];
  return { value: after ?? best.statement.text, statement: best.statement, confidence: after ? 0.7 : 0.5 };
}

/**
 * A custom field's value by its label: a select option named in the sentences about the label
 * (or anywhere, less sure), the number next to the label, a date near it, or for text the words
 * after "<label> is" or the sentence itself. The firmest sentence wins: agreed over stated over asked.
 */
export function customFieldValue(
  def: Definition,
  statements: Statement[],
  referenceDate: Date,
): FieldValue | undefined {
  const label = phrasePattern(def.label);
  const about = statements.filter((s) => label.test(s.text));
  switch (def.type) {
    case 'select':
    case 'multiselect':
      return selectValue(def, statements, about);
    case 'number':
      return numberValue(label, about);
    case 'date':
      return dateValue(about, referenceDate);
    default:
      return textValue(label, about);
  }
}
