import { analyze, type Token, tokenize } from './nlp.js';

export type ClassifyLabel = { label: string; keywords?: string[]; description?: string };
export type Classification = { label: string; score: number };

// The label's name and keywords are chosen words; a description is prose and counts half.
const NAME_WEIGHT = 2;
const KEYWORD_WEIGHT = 2;
const DESCRIPTION_WEIGHT = 1;
const PHRASE_BONUS = 1;

function terms(tokens: Token[]): string[] {
  return tokens
    .filter((t) => (t.type === 'word' || t.type === 'number') && !t.stop && t.lemma.length > 1)
    .map((t) => t.lemma);
}

function termsOf(text: string): string[] {
  // "support_request" and "billing-issue" are names, not one word.
  return terms(tokenize(text.replace(/[_-]+/g, ' ')));
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function labelScore(label: ClassifyLabel, frequency: Map<string, number>, sequence: string[]): number {
  const weights = new Map<string, number>();
  const add = (words: string[], weight: number) => {
    for (const word of words) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  };
  add(termsOf(label.label), NAME_WEIGHT);
  const keywords = (label.keywords ?? []).map(termsOf);
  for (const keyword of keywords) add(keyword, KEYWORD_WEIGHT);
  add(termsOf(label.description ?? ''), DESCRIPTION_WEIGHT);
  let score = 0;
  let total = 0;
  for (const [word, weight] of weights) {
    total += weight;
    const count = frequency.get(word) ?? 0;
    if (count > 0) score += weight * (1 + Math.log(count));
  }
  // A multi-word keyword found as written ("price increase") is stronger evidence than its words apart.
  for (const keyword of keywords) {
    if (keyword.length > 1 && containsSequence(sequence, keyword)) score += PHRASE_BONUS * keyword.length;
  }
  // Long descriptions would otherwise win by having more words to match.
  return total === 0 ? 0 : score / Math.sqrt(total);
}

/**
 * Ranks labels by lemma overlap between the text and each label's name, keywords and description.
 * Scores are shares that sum to 1 (uniform when nothing matches); ties keep the input order.
 */
export function classify(text: string, labels: ClassifyLabel[]): Classification[] {
  if (labels.length === 0) throw new RangeError('classify needs at least one label');
  const sequence = analyze(text).flatMap((sentence) => terms(sentence.tokens));
  const frequency = new Map<string, number>();
  for (const word of sequence) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const raw = labels.map((label) => labelScore(label, frequency, sequence));
  const sum = raw.reduce((a, b) => a + b, 0);
  return labels
    .map((label, i) => ({ label: label.label, score: sum === 0 ? 1 / labels.length : raw[i]! / sum }))
    .map((c) => ({ label: c.label, score: Math.round(c.score * 10_000) / 10_000 }))
    .sort((a, b) => b.score - a.score);
}
