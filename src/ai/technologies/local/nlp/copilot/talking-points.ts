import { actionItemsOf } from '../action-items.js';
import { findDates } from '../dates.js';
import { dealSignalsOf } from '../deal-facts.js';
import { findMoney } from '../money.js';
import { analyze, type Sentence } from '../nlp.js';
import { type BriefFacts, peopleOf } from './facts.js';

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}\s+/gm;
const MAX_POINTS = 7;
// A reply like this leaves the question open.
const DEFERRAL =
  /\b(?:not sure|(?:don['’]t|do not) know|no idea|still waiting|not yet|get back to you|find out|check (?:on|with|internally)|let you know|need to ask|will confirm|to be confirmed|tbd|no decision|haven['’]t decided|not decided)\b/i;
const DEAL_AMOUNT =
  /\b(?:price|pricing|budget|total|contract|quote|offer|value|cost|fee|per (?:year|month|quarter|seat|user)|annual|licen[cs]es?)\b/i;
const DEAL_DATE =
  /\b(?:sign(?![- ](?:on|in|up)\b)|signing|close|decision|decide|go[- ]live|live|start|launch|kick-?off|deadline|renewal)\b/i;
const dayMs = 86_400_000;

const listed = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
const said = (s: Sentence) => (s.speaker ? `${s.speaker}: ${s.text}` : s.text);

/** A question nobody else replied to, or whose reply put the answer off ("I'll check and let you know"). */
function isOpen(q: Sentence, sentences: Sentence[]): boolean {
  const next = sentences.find((s) => s.index > q.index && s.segment !== q.segment);
  if (!next || (q.speaker !== null && next.speaker === q.speaker)) return true;
  const reply = sentences.filter((s) => s.segment === next.segment);
  return reply.some((s) => DEFERRAL.test(s.text));
}

/**
 * What to raise on the next call, from the deal's timeline and earlier calls: questions left open,
 * the agreed next step and commitments to check, amounts and dates to confirm, overdue tasks, risks
 * and competitors. At most seven points, every one taken from the text or the deal's facts.
 */
export function talkingPoints(text: string, facts: BriefFacts, referenceDate: Date): { points: string[] } {
  const sentences = analyze(text.replace(DATE_PREFIX, ''));
  const items = actionItemsOf(sentences, referenceDate);
  const deal = dealSignalsOf(sentences, items, peopleOf(sentences, facts));
  const questions = sentences.filter((s) => s.text.endsWith('?') && s.content.length >= 2);
  const open = questions.filter((q) => isOpen(q, sentences));
  // A sentence already raised as a risk is not repeated as a figure to confirm.
  const plain = sentences.filter((s) => !s.text.endsWith('?') && !deal.risks.includes(s.text));
  const amount = plain.findLast((s) => DEAL_AMOUNT.test(s.text) && findMoney(s.text).length > 0);
  const soon = (date: string) => new Date(`${date}T00:00:00Z`).getTime() > referenceDate.getTime() + dayMs;
  const dated = plain.filter(
    (s) => DEAL_DATE.test(s.text) && findDates(s.text, referenceDate).some((d) => soon(d.date)),
  );
  const overdue = facts.openTasks.filter((t) => t.overdue);
  const groups: string[][] = [
    open.slice(-2).map((q) => `Open question: ${said(q)}`),
    deal.nextStep ? [`Confirm the next step: ${deal.nextStep}`] : [],
    overdue.slice(0, 2).map((t) => `Overdue task to follow up: ${t.title}`),
    amount ? [`Confirm the amount: ${said(amount)}`] : [],
    dated.slice(0, 2).map((d) => `Confirm the date: ${said(d)}`),
    deal.risks.slice(0, 2).map((r) => `Address the concern: ${r}`),
    deal.competitors.length
      ? [
          `Ask where ${listed(deal.competitors)} stand${deal.competitors.length > 1 ? '' : 's'} in their decision`,
        ]
      : [],
    items
      .filter((i) => i.owner && !deal.nextStep?.includes(i.action))
      .slice(0, 2)
      .map((i) => `Check progress: ${i.owner} to ${i.action}${i.due ? ` (due ${i.due})` : ''}`),
    factPoints(facts, referenceDate, Boolean(amount)),
  ];
  // One point from each kind first, then the rest, so a long list of questions cannot crowd out risks.
  const chosen = new Set<string>();
  for (let round = 0; chosen.size < MAX_POINTS && groups.some((g) => g.length > round); round++)
    for (const g of groups) if (g[round] && chosen.size < MAX_POINTS) chosen.add(g[round]!);
  const order = groups.flat();
  return { points: [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

/** Points the deal record itself gives when the timeline says little. */
function factPoints(f: BriefFacts, referenceDate: Date, amountSaid: boolean): string[] {
  const points: string[] = [];
  if (f.closeDate) {
    const passed = new Date(`${f.closeDate}T00:00:00Z`).getTime() < referenceDate.getTime();
    points.push(
      passed
        ? `The expected close date ${f.closeDate} has passed: agree a new one`
        : `Check the close date ${f.closeDate} still holds`,
    );
  }
  if (f.amount !== null && f.amount !== undefined && !amountSaid)
    points.push(
      `Confirm the deal value of ${f.amount.toLocaleString('en-US')}${f.currency ? ` ${f.currency}` : ''}`,
    );
  return points;
}
