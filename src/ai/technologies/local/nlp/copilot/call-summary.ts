import { type ActionItem, actionItemsOf } from '../action-items.js';
import { findDates } from '../dates.js';
import { keyPhrases } from '../key-phrases.js';
import { analyze, type Sentence } from '../nlp.js';
import { sentimentOf } from '../sentiment.js';
import { summarizeSentences } from '../summarize.js';
import { AGREEMENT } from './source-text.js';

// "That works for us." says yes to what the other side just said; alone it says nothing.
const SHORT_REPLY_WORDS = 6;

type Tone = { score: number; label: 'positive' | 'neutral' | 'negative' };

export type CallSummary = {
  topic: string;
  summary: string;
  agreements: string[];
  actionItems: ActionItem[];
  followUp: { text: string; when: string | null } | null;
  sentiment: Tone;
  speakers: { speaker: string; sentiment: Tone }[];
};

const MEETING = /\b(meet(ing)?|call|demo|catch up|follow[- ]up|session|workshop|review|check[- ]in)\b/i;
const PLANNING =
  /\b(schedule|book|set up|arrange|let's|shall we|we'll|we will|next|again|on (monday|tuesday|wednesday|thursday|friday))\b/i;

/** The next meeting the call set up: a sentence that plans a meeting or call, with its date when it names one. */
function followUpOf(sentences: Sentence[], referenceDate: Date): CallSummary['followUp'] {
  for (const s of sentences) {
    if (!MEETING.test(s.text) || !PLANNING.test(s.text) || s.text.endsWith('?')) continue;
    const date = findDates(s.text, referenceDate)[0];
    return { text: said(s), when: date?.date ?? null };
  }
  return null;
}

/** What the call was about, in a few words: its strongest key phrases. */
function topicOf(transcript: string): string {
  // Currency codes and other three-letter words say little about what a call was about.
  const phrases = keyPhrases(transcript, { limit: 8 })
    .map((p) => p.phrase)
    .filter((p) => p.length > 3);
  return phrases.slice(0, 3).join(', ');
}

function speakersOf(sentences: Sentence[]): CallSummary['speakers'] {
  const by = new Map<string, Sentence[]>();
  for (const s of sentences) {
    if (!s.speaker) continue;
    by.set(s.speaker, [...(by.get(s.speaker) ?? []), s]);
  }
  return [...by].map(([speaker, own]) => {
    const tone = sentimentOf(own);
    return { speaker, sentiment: { score: tone.score, label: tone.label } };
  });
}

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

/**
 * A call transcript's topic and summary, what was agreed, who does what by when, the follow-up
 * meeting it set up, and the tone overall and per speaker.
 */
export function callSummary(transcript: string, referenceDate: Date): CallSummary {
  const sentences = analyze(transcript);
  const tone = sentimentOf(sentences);
  return {
    topic: topicOf(transcript),
    summary: summarizeSentences(sentences, { sentences: 3 }).text,
    agreements: agreementsOf(sentences),
    actionItems: actionItemsOf(sentences, referenceDate),
    followUp: followUpOf(sentences, referenceDate),
    sentiment: { score: tone.score, label: tone.label },
    speakers: speakersOf(sentences),
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
