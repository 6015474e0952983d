import { type ActionItem, actionItemsOf } from '../action-items.js';
import { analyze } from '../nlp.js';
import { sentiment } from '../sentiment.js';
import { summarizeSentences } from '../summarize.js';

const AGREEMENT =
  /\b(?:agreed|agree|we'll go with|go ahead|confirmed|confirm that|deal\b|sounds good|let's do|approved?|signed off|that works|works for us|settled on|we have a deal)\b/i;

export type CallSummary = {
  summary: string;
  agreements: string[];
  actionItems: ActionItem[];
  sentiment: { score: number; label: 'positive' | 'neutral' | 'negative' };
};

/** A call transcript's summary, what was agreed, who does what by when, and the tone. */
export function callSummary(transcript: string, referenceDate: Date): CallSummary {
  const sentences = analyze(transcript);
  const tone = sentiment(transcript);
  const agreements = sentences
    .filter((s) => AGREEMENT.test(s.text) && s.text.split(/\s+/).length >= 4 && !s.text.trim().endsWith('?'))
    .map((s) => (s.speaker ? `${s.speaker}: ${s.text}` : s.text));
  return {
    summary: summarizeSentences(sentences, { sentences: 3 }).text,
    agreements: [...new Set(agreements)].slice(0, 8),
    actionItems: actionItemsOf(sentences, referenceDate),
    sentiment: { score: tone.score, label: tone.label },
  };
}

export function callSummaryText(c: CallSummary): string {
  const list = (title: string, items: string[]) =>
    items.length ? `\n\n${title}\n${items.map((i) => `- ${i}`).join('\n')}` : '';
  return `${c.summary}${list('Agreed:', c.agreements)}${list(
    'Action items:',
    c.actionItems.map((i) => `${i.owner ? `${i.owner}: ` : ''}${i.action}${i.due ? ` (by ${i.due})` : ''}`),
  )}`;
}
