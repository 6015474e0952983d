import { hash } from 'node:crypto';
import { modeFor, type ShingleMode, shingles, tokenise } from './shingles.js';

export const MINHASH_SIZE = 128;

const EMPTY = 0xffffffff;

// Stored signatures and band keys are only comparable while shingling, the string hash and these seeds
// stay exactly as they are: changing any of them means recomputing every stored signature.
const [MULTIPLIERS, OFFSETS] = permutationSeeds(0x5eed_c0de);

/**
 * MinHash of the text's shingle set (see `shingles.ts`; texts under 10 words use character 5-grams).
 * Position i holds the minimum of permutation i over the shingle hashes; permutation i is
 * x ↦ fmix32(a_i·x + b_i mod 2^32) with odd a_i, a bijection on 32-bit values. Empty text: all 0xffffffff.
 */
export function minhashSignature(text: string): Uint32Array {
  const words = tokenise(text);
  const signature = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (const shingle of shingles(words, modeFor(words.length))) {
    const x = fnv1a(shingle);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32((Math.imul(x, MULTIPLIERS[i]!) + OFFSETS[i]!) | 0);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Fraction of positions where the signatures agree: an unbiased estimate of the shingle Jaccard. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('estimateSimilarity: signatures differ in length');
  if (a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * LSH band keys "band:hex" (hex = 64 bits of SHA-256 over the band's rows) for a database to index; two
 * texts are candidates when they share a key. With 32 bands of 4 rows a pair of Jaccard s shares at least
 * one band with probability 1 - (1 - s^4)^32: 0.87 at s = 0.5, 0.99 at 0.6, 0.0002 at 0.05.
 * An empty text has no keys, so it is nobody's candidate.
 */
export function lshBands(sig: Uint32Array, bands = 32): string[] {
  if (!Number.isInteger(bands) || bands <= 0 || sig.length % bands !== 0) {
    throw new RangeError(`lshBands: ${bands} bands do not divide a signature of ${sig.length}`);
  }
  if (sig.every((value) => value === EMPTY)) return [];
  const rows = sig.length / bands;
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    const slice = sig.subarray(band * rows, (band + 1) * rows);
    keys.push(`${band}:${hash('sha256', slice.join(','), 'hex').slice(0, 16)}`);
  }
  return keys;
}

/**
 * Exact Jaccard of the two texts' shingle sets, to confirm a candidate. Both texts are shingled alike:
 * by character grams when either has under 10 words, so a short text edited across that boundary still
 * compares. 0 when either text has no words.
 */
export function jaccard(a: string, b: string): number {
  const wordsA = tokenise(a);
  const wordsB = tokenise(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const mode: ShingleMode = modeFor(Math.min(wordsA.length, wordsB.length));
  const setA = new Set(shingles(wordsA, mode));
  const setB = new Set(shingles(wordsB, mode));
  let shared = 0;
  for (const shingle of setA) if (setB.has(shingle)) shared++;
  return shared / (setA.size + setB.size - shared);
}

function fnv1a(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// MurmurHash3's finaliser: a bijection on 32 bits with full avalanche.
function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function permutationSeeds(seed: number): [Uint32Array, Uint32Array] {
  const multipliers = new Uint32Array(MINHASH_SIZE);
  const offsets = new Uint32Array(MINHASH_SIZE);
  let state = seed;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    return fmix32(state);
  };
  for (let i = 0; i < MINHASH_SIZE; i++) {
    multipliers[i] = next() | 1;
    offsets[i] = next();
  }
  return [multipliers, offsets];
}
