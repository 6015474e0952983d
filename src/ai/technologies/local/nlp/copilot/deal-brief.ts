import { actionItemsOf } from '../action-items.js';
import { dealSignalsOf } from '../deal-facts.js';
import { analyze } from '../nlp.js';
import { sentimentOf } from '../sentiment.js';
import { summarizeSentences } from '../summarize.js';
import { type BriefFacts, peopleOf } from './facts.js';

export type DealBrief = {
  summary: string;
  openTasks: string[];
  risks: string[];
  nextStep: string | null;
  sentiment: { score: number; label: 'positive' | 'neutral' | 'negative' };
};

const STALE_DAYS = 14;
const NO_TIMELINE = 'No notes, calls or messages on this deal yet.';
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}\s+/gm;
const day = 86_400_000;

const STAGE_STEPS: [RegExp, string][] = [
  [/lead|new|qualif|prospect/i, 'Qualify the need, budget and timeline in a discovery call'],
  [/demo|discover|meeting/i, 'Agree the evaluation criteria and who decides'],
  [/proposal|quote|offer/i, 'Follow up on the proposal and agree a decision date'],
  [/negotiat|contract|legal/i, 'Settle the open terms and agree the signing date'],
];

const money = (amount: number, currency: string | null | undefined) =>
  `${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ''}`;

const dueNote = (t: { dueAt: string | null; overdue: boolean }) =>
  t.dueAt ? ` (${t.overdue ? 'overdue, was due' : 'due'} ${t.dueAt})` : t.overdue ? ' (overdue)' : '';

function statusLine(f: BriefFacts): string {
  const parts = [
    f.stage ? `${f.stage} stage` : null,
    f.amount !== null && f.amount !== undefined ? money(f.amount, f.currency) : null,
    f.closeDate ? `closes ${f.closeDate}` : null,
    f.companyName ? `with ${f.companyName}` : null,
  ].filter(Boolean);
  return parts.length
    ? `${(f.title ? `${f.title}: ` : '') + parts.join(', ')}.`
    : f.title
      ? `${f.title}.`
      : '';
}

/**
 * A deal brief from its timeline and facts: where it stands (status line and the timeline's most
 * central sentences), its open tasks, risks (what the timeline says, plus rules on staleness, overdue
 * tasks, the close date and tone) and the next step. Useful even for a deal with no timeline yet.
 */
export function dealBrief(timeline: string, f: BriefFacts, referenceDate: Date): DealBrief {
  const text = timeline.replace(DATE_PREFIX, '');
  const sentences = text.trim() && text.trim() !== f.title ? analyze(text) : [];
  const facts = dealSignalsOf(sentences, actionItemsOf(sentences, referenceDate), peopleOf(sentences, f));
  const tone = sentimentOf(sentences);
  const said = summarizeSentences(sentences, { sentences: 3 }).sentences;
  const tasks = f.openTasks;
  const risks: string[] = [];
  const stale = f.daysSinceActivity ?? 0;
  if (stale >= STALE_DAYS) risks.push(`No activity for ${stale} days.`);
  const overdue = tasks.filter((t) => t.overdue);
  if (overdue.length)
    risks.push(
      `${overdue.length} overdue task${overdue.length > 1 ? 's' : ''}: ${overdue.map((t) => t.title).join('; ')}.`,
    );
  const close = f.closeDate ? new Date(`${f.closeDate}T00:00:00Z`) : null;
  const daysToClose = close ? Math.ceil((close.getTime() - referenceDate.getTime()) / day) : null;
  if (daysToClose !== null && daysToClose < 0)
    risks.push(`The expected close date ${f.closeDate} has passed.`);
  else if (daysToClose !== null && daysToClose <= 7 && !facts.nextStep && !tasks.some((t) => !t.overdue))
    risks.push(`Closes in ${daysToClose} day${daysToClose === 1 ? '' : 's'} with no agreed next step.`);
  if (tone.label === 'negative') risks.push('The tone of recent activity is negative.');
  for (const c of facts.competitors) risks.push(`Competitor mentioned: ${c}.`);
  risks.push(...facts.risks);
  // Tasks without a due date come after dated ones; among equals the CRM's order stands.
  const nextTask = [...tasks].sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'))[0];
  const nextStep =
    facts.nextStep ??
    (nextTask ? `${nextTask.title}${dueNote(nextTask)}` : null) ??
    STAGE_STEPS.find(([re]) => re.test(f.stage ?? ''))?.[1] ??
    'Schedule the next conversation with the customer';
  const summary = [statusLine(f), sentences.length ? said.join(' ') : NO_TIMELINE].filter(Boolean).join('\n');
  return {
    summary,
    openTasks: tasks.map((t) => `${t.title}${dueNote(t)}`),
    risks: [...new Set(risks)].slice(0, 6),
    nextStep,
    sentiment: { score: tone.score, label: tone.label },
  };
}

export function briefText(b: DealBrief): string {
  const list = (title: string, items: string[]) =>
    items.length ? `\n\n${title}\n${items.map((i) => `- ${i}`).join('\n')}` : '';
  return `${b.summary}${list('Open tasks:', b.openTasks)}${list('Risks:', b.risks)}${b.nextStep ? `\n\nNext step: ${b.nextStep}` : ''}`;
}
