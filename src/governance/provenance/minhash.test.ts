import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FOLLOW_UP_EMAIL,
  LIGHTLY_EDITED_EMAIL,
  lightlyEdit,
  seededRandom,
  UNRELATED_EMAIL,
  unrelatedEmail,
} from './fixtures.js';
import { estimateSimilarity, jaccard, lshBands, MINHASH_SIZE, minhashSignature } from './minhash.js';
import { tokenise } from './shingles.js';

const TRIALS = 200;
const original = minhashSignature(FOLLOW_UP_EMAIL);
const originalBands = new Set(lshBands(original));
const sharesBand = (text: string): boolean =>
  lshBands(minhashSignature(text)).some((key) => originalBands.has(key));
const fixed = (n: number): string => n.toFixed(3);

describe('minhashSignature', () => {
  it('is a deterministic 128-value Uint32Array', () => {
    assert.ok(original instanceof Uint32Array);
    assert.equal(original.length, MINHASH_SIZE);
    assert.deepEqual(minhashSignature(FOLLOW_UP_EMAIL), original);
    assert.equal(new Set(original).size > 100, true, 'permutations are independent, not copies');
  });

  it('gives identical text similarity 1.0, also across whitespace, case and punctuation', () => {
    assert.equal(estimateSimilarity(original, minhashSignature(FOLLOW_UP_EMAIL)), 1);
    const restyled = FOLLOW_UP_EMAIL.toUpperCase().replace(/,/g, '').replace(/\n+/g, '   ');
    assert.equal(estimateSimilarity(original, minhashSignature(restyled)), 1);
    assert.equal(jaccard(FOLLOW_UP_EMAIL, restyled), 1);
  });

  it('keeps a lightly edited email similar and an unrelated one on the same topic apart', (t) => {
    assert.equal(tokenise(FOLLOW_UP_EMAIL).length, 155);
    const edited = { exact: jaccard(FOLLOW_UP_EMAIL, LIGHTLY_EDITED_EMAIL) };
    const other = { exact: jaccard(FOLLOW_UP_EMAIL, UNRELATED_EMAIL) };
    const editedEstimate = estimateSimilarity(original, minhashSignature(LIGHTLY_EDITED_EMAIL));
    const otherEstimate = estimateSimilarity(original, minhashSignature(UNRELATED_EMAIL));
    t.diagnostic(`light edit: jaccard ${fixed(edited.exact)}, minhash ${fixed(editedEstimate)}`);
    t.diagnostic(`unrelated: jaccard ${fixed(other.exact)}, minhash ${fixed(otherEstimate)}`);
    // Measured 0.667 / 0.688 and 0.029 / 0.016.
    assert.ok(edited.exact >= 0.6 && editedEstimate >= 0.6);
    assert.ok(other.exact <= 0.1 && otherEstimate <= 0.1);
  });

  it('estimates the exact Jaccard closely over random edits and unrelated emails', (t) => {
    const random = seededRandom(11);
    const errors: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      for (const text of [lightlyEdit(FOLLOW_UP_EMAIL, random), unrelatedEmail(random)]) {
        errors.push(estimateSimilarity(original, minhashSignature(text)) - jaccard(FOLLOW_UP_EMAIL, text));
      }
    }
    const bias = errors.reduce((sum, e) => sum + e, 0) / errors.length;
    const meanAbs = errors.reduce((sum, e) => sum + Math.abs(e), 0) / errors.length;
    t.diagnostic(
      `estimate - exact: bias ${fixed(bias)}, mean |error| ${fixed(meanAbs)} over ${errors.length}`,
    );
    // Measured bias -0.007, mean |error| 0.018. The trials share one set of permutations and most shingles,
    // so their errors are correlated: the bias bound is loose on purpose.
    assert.ok(Math.abs(bias) < 0.02);
    assert.ok(meanAbs < 0.03, 'about sqrt(J(1-J)/128) on average');
  });

  it('uses character 5-grams for texts under 10 words', () => {
    assert.ok(jaccard('See you on Monday at ten', 'See you on Monday at 10') > 0.5);
    assert.ok(jaccard('Thanks, talk soon', 'Thanks! Talk soon.') === 1);
    assert.equal(jaccard('Quarterly budget review', 'See you on Monday at ten'), 0);
    assert.equal(jaccard('', 'anything'), 0);
  });

  it('is fast: under 2 ms for 1,000 words', (t) => {
    const vocabulary = FOLLOW_UP_EMAIL.split(/\s+/);
    const random = seededRandom(3);
    const text = Array.from(
      { length: 1000 },
      () => vocabulary[Math.floor(random() * vocabulary.length)],
    ).join(' ');
    for (let i = 0; i < 30; i++) minhashSignature(text);
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      lshBands(minhashSignature(text));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    t.diagnostic(
      `1,000 words, signature + bands: median ${fixed(times[50]!)} ms, p90 ${fixed(times[90]!)} ms`,
    );
    assert.ok(times[50]! < 2);
  });
});

describe('lshBands', () => {
  it('gives 32 keys "band:16 hex" by default, deterministic', () => {
    const keys = lshBands(original);
    assert.equal(keys.length, 32);
    for (const [band, key] of keys.entries()) assert.match(key, new RegExp(`^${band}:[0-9a-f]{16}$`));
    assert.deepEqual(lshBands(minhashSignature(FOLLOW_UP_EMAIL)), keys);
    assert.equal(lshBands(original, 16).length, 16);
  });

  it('gives an empty text no keys and refuses band counts that do not divide the signature', () => {
    assert.deepEqual(lshBands(minhashSignature(' ... ')), []);
    assert.throws(() => lshBands(original, 5), RangeError);
    assert.throws(() => lshBands(original, 0), RangeError);
  });

  it(`finds light edits and ignores unrelated emails in ${TRIALS} seeded trials`, (t) => {
    const random = seededRandom(42);
    const similarities: number[] = [];
    let editsFound = 0;
    let unrelatedIgnored = 0;
    let unrelatedMax = 0;
    for (let i = 0; i < TRIALS; i++) {
      const edited = lightlyEdit(FOLLOW_UP_EMAIL, random);
      similarities.push(jaccard(FOLLOW_UP_EMAIL, edited));
      if (sharesBand(edited)) editsFound++;
      const unrelated = unrelatedEmail(random);
      unrelatedMax = Math.max(unrelatedMax, jaccard(FOLLOW_UP_EMAIL, unrelated));
      if (!sharesBand(unrelated)) unrelatedIgnored++;
    }
    similarities.sort((a, b) => a - b);
    t.diagnostic(
      `light edits: jaccard min ${fixed(similarities[0]!)}, p5 ${fixed(similarities[10]!)}, ` +
        `median ${fixed(similarities[100]!)}; share a band ${editsFound}/${TRIALS}`,
    );
    t.diagnostic(
      `unrelated: jaccard max ${fixed(unrelatedMax)}; share no band ${unrelatedIgnored}/${TRIALS}`,
    );
    assert.ok(editsFound / TRIALS >= 0.95);
    assert.ok(unrelatedIgnored / TRIALS >= 0.95);
    // Measured min 0.653 and max 0.036: the 0.6 match threshold separates every trial.
    assert.ok(similarities[0]! >= 0.6);
    assert.ok(unrelatedMax <= 0.1);
  });
});
