/** An undirected weighted graph as adjacency lists: `weights[i][k]` belongs to `neighbours[i][k]`. */
export type WeightedGraph = { neighbours: number[][]; weights: number[][] };

const DAMPING = 0.85;
const TOLERANCE = 1e-6;
const MAX_ITERATIONS = 100;

/**
 * Weighted PageRank by power iteration until the scores move less than the tolerance (L1) or the
 * iteration limit is reached. `teleport` biases the random jump (personalised PageRank); it defaults
 * to uniform. Isolated nodes keep their teleport share, so every node gets a score.
 */
export function pageRank(graph: WeightedGraph, teleport?: number[]): number[] {
  const n = graph.neighbours.length;
  if (n === 0) return [];
  const bias = normalise(teleport ?? new Array<number>(n).fill(1));
  const strength = graph.weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let scores = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // Score held by isolated nodes is spread evenly, as if they linked to every node.
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += scores[i]!;
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = (1 - DAMPING + DAMPING * dangling) * bias[i]!;
    for (let j = 0; j < n; j++) {
      const out = strength[j]!;
      if (out === 0) continue;
      const share = (DAMPING * scores[j]!) / out;
      const neighbours = graph.neighbours[j]!;
      const weights = graph.weights[j]!;
      for (let k = 0; k < neighbours.length; k++) next[neighbours[k]!]! += share * weights[k]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - scores[i]!);
    scores = next;
    if (delta < TOLERANCE) break;
  }
  return Array.from(scores);
}

function normalise(values: number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return total > 0 ? values.map((v) => v / total) : values.map(() => 1 / values.length);
}
