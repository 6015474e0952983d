import { analyze, type Sentence, type Token } from './nlp.js';
import { pageRank, type WeightedGraph } from './page-rank.js';

export type KeyPhrase = { phrase: string; score: number };
export type KeyPhraseOptions = { limit?: number };

const DEFAULT_LIMIT = 10;
const MAX_WORDS = 4;
const WINDOW = 2;
// Nouns that fill sentences in conversation without naming a topic.
const GENERIC = new Set(
  'bit bye everything hello hi kind lot nothing one something sort stuff thanks thing way yes'.split(' '),
);
// Time words are dates, not topics, and never belong inside a phrase.
const TEMPORAL = new Set(
  'today tomorrow tonight yesterday day week month year time minute hour monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

type Candidate = { key: string; surface: string; lemmas: string[]; at: number };

function isPhraseWord(token: Token): boolean {
  return (
    token.type === 'word' &&
    !token.stop &&
    token.lemma.length > 1 &&
    !TEMPORAL.has(token.lemma) &&
    (token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN')
  );
}

const isNoun = (token: Token) => token.pos === 'NOUN' || token.pos === 'PROPN';

/** Runs of adjectives and nouns ending in a noun ("revised proposal", "data processing agreement"). */
function candidatesOf(sentences: Sentence[]): Candidate[] {
  const found: Candidate[] = [];
  let at = 0;
  const flush = (run: Token[]) => {
    while (run.length > 0 && !isNoun(run.at(-1)!)) run.pop();
    const words = run.slice(-MAX_WORDS);
    if (words.length === 0) return;
    if (words.length === 1 && GENERIC.has(words[0]!.lemma)) return;
    // Names of people and companies are entities, not topics; acronyms such as "SSO" are topics.
    if (words.every((t) => t.pos === 'PROPN' && !/^[\p{Lu}\d]{2,}$/u.test(t.value))) return;
    found.push({
      key: words.map((t) => t.lemma).join(' '),
      surface: words.map((t) => t.normal).join(' '),
      lemmas: words.map((t) => t.lemma),
      at: at++,
    });
  };
  for (const sentence of sentences) {
    let run: Token[] = [];
    for (const token of sentence.tokens) {
      if (isPhraseWord(token)) run.push(token);
      else {
        flush(run);
        run = [];
      }
    }
    flush(run);
  }
  return found;
}

/** TextRank word scores over co-occurrence of phrase words within a small window. */
function wordScores(candidates: Candidate[]): Map<string, number> {
  const ids = new Map<string, number>();
  const edges = new Map<string, number>();
  const id = (lemma: string) => {
    if (!ids.has(lemma)) ids.set(lemma, ids.size);
    return ids.get(lemma)!;
  };
  const sequence = candidates.flatMap((c) => c.lemmas.map(id));
  for (let i = 0; i < sequence.length; i++) {
    for (let j = i + 1; j <= i + WINDOW && j < sequence.length; j++) {
      if (sequence[i] === sequence[j]) continue;
      const key = `${Math.min(sequence[i]!, sequence[j]!)}:${Math.max(sequence[i]!, sequence[j]!)}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  const graph: WeightedGraph = { neighbours: [], weights: [] };
  for (let i = 0; i < ids.size; i++) {
    graph.neighbours.push([]);
    graph.weights.push([]);
  }
  for (const [key, weight] of edges) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    graph.neighbours[a]!.push(b);
    graph.weights[a]!.push(weight);
    graph.neighbours[b]!.push(a);
    graph.weights[b]!.push(weight);
  }
  const scores = pageRank(graph);
  return new Map([...ids].map(([lemma, i]) => [lemma, scores[i]!]));
}

/**
 * Key noun phrases, lower-cased, scored by the TextRank weight of their words times how often they
 * recur, normalised so the best phrase scores 1. A phrase nested in or around a better one is left out.
 */
export function keyPhrases(text: string, opts: KeyPhraseOptions = {}): KeyPhrase[] {
  const candidates = candidatesOf(analyze(text));
  const words = wordScores(candidates);
  const phrases = new Map<string, { surface: string; lemmas: string[]; count: number; at: number }>();
  for (const c of candidates) {
    const seen = phrases.get(c.key);
    if (seen) seen.count++;
    else phrases.set(c.key, { surface: c.surface, lemmas: c.lemmas, count: 1, at: c.at });
  }
  const scored = [...phrases.values()]
    .map((p) => ({
      phrase: p.surface,
      lemmas: p.lemmas,
      at: p.at,
      // Dividing by the square root of the length keeps long runs from winning on length alone.
      raw:
        (p.lemmas.reduce((sum, lemma) => sum + words.get(lemma)!, 0) / Math.sqrt(p.lemmas.length)) *
        (1 + Math.log(p.count)),
    }))
    .sort((a, b) => b.raw - a.raw || a.at - b.at);
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
  const picked: typeof scored = [];
  for (const candidate of scored) {
    if (picked.length === limit) break;
    const own = ` ${candidate.lemmas.join(' ')} `;
    const nested = picked.some((p) => {
      const other = ` ${p.lemmas.join(' ')} `;
      return other.includes(own) || own.includes(other);
    });
    if (!nested) picked.push(candidate);
  }
  const best = picked[0]?.raw ?? 1;
  return picked.map((p) => ({ phrase: p.phrase, score: Math.round((p.raw / best) * 1000) / 1000 }));
}
