import { type ActionItem, actionItemsOf } from '../action-items.js';
import { analyze, type Sentence } from '../nlp.js';
import { sentimentOf } from '../sentiment.js';
import { summarizeSentences } from '../summarize.js';
import { AGREEMENT } from './source-text.js';

// "That works for us." says yes to what the other side just said; alone it says nothing.
const SHORT_REPLY_WORDS = 6;

export type CallSummary = {
  summary: string;
  agreements: string[];
  actionItems: ActionItem[];
  sentiment: { score: number; label: 'positive' | 'neutral' | 'negative' };
};

const said = (s: Sentence) => (s.speaker ? `${s.speaker}: ${s.text}` : s.text);
const words = (s: Sentence) => s.text.split(/\s+/).length;

function agreementsOf(sentences: Sentence[]): string[] {
  const found: string[] = [];
  sentences.forEach((s, i) => {
    if (!AGREEMENT.test(s.text) || s.text.endsWith('?')) return;
    const before = sentences[i - 1];
    if (
      words(s) <= SHORT_REPLY_WORDS &&
      before &&
      before.speaker !== s.speaker &&
      !before.text.endsWith('?')
    ) {
      // A "Confirmed." after an agreement already listed adds nothing.
      if (!found.includes(said(before))) found.push(`${said(before)} — ${said(s)}`);
    } else if (words(s) >= 4) found.push(said(s));
  });
  return [...new Set(found)].slice(0, 8);
}

/** A call transcript's summary, what was agreed, who does what by when, and the tone. */
export function callSummary(transcript: string, referenceDate: Date): CallSummary {
  const sentences = analyze(transcript);
  const tone = sentimentOf(sentences);
  return {
    summary: summarizeSentences(sentences, { sentences: 3 }).text,
    agreements: agreementsOf(sentences),
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
