import { analyze, isPleasantry, type Sentence } from './nlp.js';
import { pageRank, type WeightedGraph } from './page-rank.js';

export type SummaryOptions = { sentences?: number; format?: 'sentences' | 'bullets' };
export type Summary = { sentences: string[]; text: string };

const MIN_CONTENT_WORDS = 4;
// Two sentences sharing this much of the smaller one's content say the same thing.
const DUPLICATE_OVERLAP = 0.8;

type Candidate = { sentence: Sentence; words: string[] };

// Header lines of emails and notes describe the document rather than say something.
const METADATA_LINE =
  /^(?:subject|attendees|participants|agenda|date|time|location|to|from|cc|bcc|re|fwd?)\s*:/i;

function isTrivial(sentence: Sentence, uniqueWords: number): boolean {
  if (uniqueWords < MIN_CONTENT_WORDS || METADATA_LINE.test(sentence.text)) return true;
  // Contact details are logistics, not content.
  if (sentence.tokens.some((token) => token.type === 'email' || token.type === 'url')) return true;
  // Titles, signatures and attendee lists have no verb.
  if (!sentence.tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return true;
  return isPleasantry(sentence);
}

function candidatesOf(sentences: Sentence[]): Candidate[] {
  const all = sentences
    .map((sentence) => ({ sentence, words: [...new Set(sentence.content)] }))
    .filter(({ sentence, words }) => !isTrivial(sentence, words.length));
  // In calls, questions mostly prompt the answer that holds the fact; keep them only if nothing else is left.
  // In emails and notes a question is usually the request itself, so it stays.
  const statements = all.filter(({ sentence }) => !(sentence.speaker && sentence.text.endsWith('?')));
  if (statements.length > 0) return statements;
  if (all.length > 0) return all;
  // A short note of headlines and fragments: summarise what there is rather than answer nothing.
  return sentences
    .map((sentence) => ({ sentence, words: [...new Set(sentence.content)] }))
    .filter(({ sentence, words }) => words.length > 0 && !isPleasantry(sentence));
}

/**
 * TextRank graph: an edge's weight is the overlap of two sentences' lemmas (each shared lemma counted by
 * its inverse sentence frequency) over the log of both sentence lengths. Built from an inverted index, so
 * only sentences that share a word are ever compared.
 */
function similarityGraph(candidates: Candidate[]): WeightedGraph {
  const postings = new Map<string, number[]>();
  candidates.forEach(({ words }, i) => {
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  // Words used across most of the text ("team", "call") say little about what sets a sentence apart.
  const idf = new Map<string, number>();
  for (const [word, list] of postings) idf.set(word, Math.log((candidates.length + 1) / list.length));
  const shared = new Float64Array(candidates.length);
  const graph: WeightedGraph = { neighbours: [], weights: [] };
  candidates.forEach(({ words }, i) => {
    const touched: number[] = [];
    for (const word of words) {
      for (const j of postings.get(word)!) {
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]! += idf.get(word)!;
      }
    }
    const neighbours: number[] = [];
    const weights: number[] = [];
    for (const j of touched) {
      neighbours.push(j);
      weights.push(shared[j]! / (Math.log(words.length) + Math.log(candidates[j]!.words.length)));
      shared[j] = 0;
    }
    graph.neighbours.push(neighbours);
    graph.weights.push(weights);
  });
  return graph;
}

// CRM summaries are about amounts, dates, names and commitments, so the random jump favours them.
function informativeness({ sentence }: Candidate): number {
  let weight = 1;
  if (sentence.tokens.some((t) => t.type === 'currency' || t.pos === 'NUM')) weight += 0.5;
  if (sentence.tokens.some((t) => t.pos === 'PROPN')) weight += 0.5;
  return weight;
}

function overlap(a: string[], b: string[]): number {
  const set = new Set(a);
  const common = b.filter((word) => set.has(word)).length;
  return common / Math.min(a.length, b.length);
}

function defaultCount(candidates: number): number {
  return Math.min(7, Math.max(3, Math.ceil(candidates / 10)));
}

function render(sentence: Sentence): string {
  // First-person lines lose their meaning without the speaker, so transcript sentences keep it.
  return sentence.speaker ? `${sentence.speaker}: ${sentence.text}` : sentence.text;
}

/** The `count` (default: 3–7 by length) top-ranked sentences of already analysed text, in original order. */
export function pickSentences(sentences: Sentence[], count?: number): Sentence[] {
  const candidates = candidatesOf(sentences);
  const limit = Math.max(0, Math.floor(count ?? defaultCount(candidates.length)));
  const scores = pageRank(similarityGraph(candidates), candidates.map(informativeness));
  const ranked = candidates
    .map((candidate, i) => ({ candidate, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || a.candidate.sentence.index - b.candidate.sentence.index);
  const picked: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (picked.length === limit) break;
    if (picked.some((p) => overlap(p.words, candidate.words) >= DUPLICATE_OVERLAP)) continue;
    picked.push(candidate);
  }
  return picked.sort((a, b) => a.sentence.index - b.sentence.index).map((c) => c.sentence);
}

/** Picks the top-ranked sentences of already analysed text, in original order. */
export function summarizeSentences(sentences: Sentence[], opts: SummaryOptions = {}): Summary {
  const chosen = pickSentences(sentences, opts.sentences).map(render);
  const text = opts.format === 'bullets' ? chosen.map((s) => `- ${s}`).join('\n') : chosen.join(' ');
  return { sentences: chosen, text };
}

/**
 * Extractive summary (TextRank): sentences ranked by damped PageRank over lemma-overlap similarity,
 * the top N returned in their original order. N defaults to 3–7 depending on length. Greetings,
 * headers, signatures and questions in calls are skipped; near-repeats are picked once. Transcript
 * sentences keep their speaker ("Anna: I'll send …").
 */
export function summarize(text: string, opts: SummaryOptions = {}): Summary {
  return summarizeSentences(analyze(text), opts);
}
