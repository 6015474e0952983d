import { analyze, isPleasantry, type Sentence } from './nlp.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type Sentiment = {
  score: number;
  label: SentimentLabel;
  sentences: { text: string; score: number }[];
};

// Below this magnitude a text reads as matter-of-fact.
const NEUTRAL_BAND = 0.1;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Sentiment from wink's lexicon, -1..1 per sentence. The text score averages the sentences that carry
 * any sentiment, leaving out greetings and thanks: every email has them, so they say nothing about mood.
 */
export function sentiment(text: string): Sentiment {
  return sentimentOf(analyze(text));
}

/** Sentiment of already analysed text. */
export function sentimentOf(analysed: Sentence[]): Sentiment {
  const sentences = analysed.map((s) => ({ text: s.text, score: round(s.sentiment) }));
  const opinionated = analysed.filter((s) => s.sentiment !== 0 && !isPleasantry(s)).map((s) => s.sentiment);
  const score =
    opinionated.length === 0 ? 0 : round(opinionated.reduce((a, b) => a + b, 0) / opinionated.length);
  const label: SentimentLabel =
    score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  return { score, label, sentences };
}
