import { stripCohelmLabel } from './label.js';
import { jaccard } from './minhash.js';
import { contentHash } from './text-normal.js';

/** A stored AI output as a provenance lookup sees it. */
export type StoredContent = { id: string; contentHash: string; minhash: Uint32Array; text: string };

export type TextMatch = { kind: 'exact' | 'similar' | 'none'; contentId?: string; similarity?: number };

/**
 * Least exact shingle Jaccard for "similar". Measured on a 155-word follow-up email (minhash.test.ts):
 * 200 random light edits (greeting, 1–4 words, one added sentence, punctuation) scored 0.653–0.859
 * (p5 0.667); 200 unrelated follow-ups on the same topic at most 0.036. So 0.6 accepts every light edit
 * while staying far from unrelated text. It is strict for heavier rewrites: with edits applied twice
 * (up to 8 words, two sentences; a one-off seeded run) only 60% of trials reach 0.6 (min 0.45).
 * We use 0.45: every light and double-light edit passes, and unrelated text stays ten times below.
 */
export const SIMILARITY_THRESHOLD = 0.45;

/**
 * Did Cohelm produce `text`? `exact` when its normalised hash equals a candidate's (with or without a
 * trailing Cohelm label, since exports carry one); otherwise the candidate with the highest exact shingle
 * Jaccard if it reaches SIMILARITY_THRESHOLD (ties: the earlier candidate); otherwise `none`.
 * Candidates are typically those sharing an LSH band (`lshBands` of their `minhash`); the decision itself
 * uses exact Jaccard on `text`, so a noisy MinHash estimate never decides a match.
 */
export function matchText(text: string, candidates: StoredContent[]): TextMatch {
  const unlabelled = stripCohelmLabel(text);
  const hashes = new Set([contentHash(text), contentHash(unlabelled)]);
  const exact = candidates.find((candidate) => hashes.has(candidate.contentHash));
  if (exact) return { kind: 'exact', contentId: exact.id, similarity: 1 };

  let best: { contentId: string; similarity: number } | undefined;
  for (const candidate of candidates) {
    const similarity = jaccard(unlabelled, candidate.text);
    if (similarity >= SIMILARITY_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { contentId: candidate.id, similarity };
    }
  }
  return best ? { kind: 'similar', ...best } : { kind: 'none' };
}
