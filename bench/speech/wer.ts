/**
 * Word error rate as the bench reports it. Both texts are normalised the same way: lower case,
 * punctuation dropped (apostrophes kept inside words, hyphens split words). Numbers are not
 * rewritten: the bench's lines spell them as words, which is what espeak-ng says and what
 * pocketsphinx writes.
 */
export const normaliseWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[-–—/]/g, ' ')
    .replace(/[^a-z0-9' ]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);

/** Word-level edit distance between the texts after normalising. */
export function wordEdits(reference: string, hypothesis: string): { edits: number; words: number } {
  const r = normaliseWords(reference);
  const h = normaliseWords(hypothesis);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const row = [i];
    for (let j = 1; j <= h.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (r[i - 1] === h[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return { edits: prev[h.length] ?? 0, words: r.length };
}

/** (substitutions + deletions + insertions) / reference words; 0 for two empty texts. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const { edits, words } = wordEdits(reference, hypothesis);
  return words === 0 ? (edits === 0 ? 0 : 1) : edits / words;
}
