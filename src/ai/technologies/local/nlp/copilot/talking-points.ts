import { actionItemsOf } from '../action-items.js';
import { dealFactsOf } from '../deal-facts.js';
import { keyPhrases } from '../key-phrases.js';
import { analyze } from '../nlp.js';

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}\s+/gm;

/** What to raise on a call, from the deal and earlier calls: open questions, commitments, numbers, risks. */
export function talkingPoints(
  text: string,
  facts: { openTasks?: { title: string; overdue: boolean }[] } | undefined,
  referenceDate: Date,
): { points: string[] } {
  const clean = text.replace(DATE_PREFIX, '');
  const sentences = analyze(clean);
  const items = actionItemsOf(sentences, referenceDate);
  const deal = dealFactsOf(sentences, referenceDate, items);
  const points: string[] = [];
  for (const q of sentences.filter((s) => s.text.trim().endsWith('?')).slice(-2))
    points.push(`Answer the open question: ${q.text}`);
  if (deal.nextStep) points.push(`Confirm the agreed next step: ${deal.nextStep}`);
  for (const i of items.slice(0, 2))
    points.push(
      `Check progress: ${i.owner ? `${i.owner} — ` : ''}${i.action}${i.due ? ` (due ${i.due})` : ''}`,
    );
  if (deal.amounts[0]) points.push(`Confirm the budget: ${deal.amounts[0].text}`);
  if (deal.dates[0]) points.push(`Confirm the timeline: ${deal.dates[0].text} (${deal.dates[0].date})`);
  for (const t of (facts?.openTasks ?? []).filter((t) => t.overdue).slice(0, 1))
    points.push(`Follow up on the overdue task "${t.title}"`);
  for (const r of deal.risks.slice(0, 2)) points.push(`Address the concern: ${r}`);
  if (points.length < 3)
    for (const p of keyPhrases(clean, { limit: 3 - points.length })) points.push(`Discuss ${p.phrase}`);
  return { points: [...new Set(points)].slice(0, 7) };
}
