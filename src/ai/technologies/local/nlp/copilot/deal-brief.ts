import { dealFactsOf } from '../deal-facts.js';
import { analyze } from '../nlp.js';
import { sentiment } from '../sentiment.js';
import { summarizeSentences } from '../summarize.js';

export type BriefFacts = {
  title?: string;
  stage?: string | null;
  amount?: number | null;
  currency?: string | null;
  closeDate?: string | null;
  ownerName?: string | null;
  companyName?: string | null;
  daysSinceActivity?: number | null;
  openTasks?: { title: string; dueAt: string | null; overdue: boolean }[];
};

export type DealBrief = {
  summary: string;
  openTasks: string[];
  risks: string[];
  nextStep: string | null;
  sentiment: { score: number; label: 'positive' | 'neutral' | 'negative' };
};

const STALE_DAYS = 14;
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

function statusLine(f: BriefFacts): string {
  const parts = [
    f.stage ? `${f.stage} stage` : null,
    f.amount !== null && f.amount !== undefined ? money(f.amount, f.currency) : null,
    f.closeDate ? `expected to close ${f.closeDate}` : null,
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
  const facts = dealFactsOf(sentences, referenceDate);
  const tone = sentences.length ? sentiment(text) : { score: 0, label: 'neutral' as const };
  const said = summarizeSentences(sentences, { sentences: 3 }).sentences;
  const tasks = f.openTasks ?? [];
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
  else if (daysToClose !== null && daysToClose <= 7 && !facts.nextStep)
    risks.push(`Closes in ${daysToClose} day${daysToClose === 1 ? '' : 's'} with no agreed next step.`);
  if (tone.label === 'negative') risks.push('The tone of recent activity is negative.');
  for (const c of facts.competitors) risks.push(`Competitor mentioned: ${c}.`);
  risks.push(...facts.risks);
  const nextTask = tasks.find((t) => !t.overdue) ?? tasks[0];
  const nextStep =
    facts.nextStep ??
    (nextTask ? `${nextTask.title}${nextTask.dueAt ? ` (due ${nextTask.dueAt})` : ''}` : null) ??
    STAGE_STEPS.find(([re]) => re.test(f.stage ?? ''))?.[1] ??
    'Schedule the next conversation with the customer';
  const summary = [statusLine(f), ...said].filter(Boolean).join(' ');
  return {
    summary: summary || 'No activity recorded on this deal yet.',
    openTasks: tasks.map(
      (t) => `${t.title}${t.dueAt ? ` (due ${t.dueAt}${t.overdue ? ', overdue' : ''})` : ''}`,
    ),
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
