import assert from 'node:assert/strict';
import { it } from 'node:test';
import { normaliseWords, wordErrorRate } from './wer.js';

it('word error rate: substitutions, deletions and insertions over reference words', () => {
  const cases: [reference: string, hypothesis: string, wer: number][] = [
    ['the price is fine', 'the price is fine', 0],
    ['The price, is FINE!', 'the price is fine', 0],
    ['the price is fine', 'the prize is fine', 0.25],
    ['the price is fine', 'the price fine', 0.25],
    ['the price is fine', 'so the price is fine', 0.25],
    ['the price is fine', '', 1],
    ['', '', 0],
    ['', 'hello', 1],
    ['a b c d', 'x y', 1],
    ["we're on a twelve-month plan", "we're on a twelve month plan", 0],
  ];
  for (const [r, h, wer] of cases) assert.equal(wordErrorRate(r, h), wer, `${r} / ${h}`);
  assert.deepEqual(normaliseWords("Anna's call-back: 'today'."), ["anna's", 'call', 'back', 'today']);
});
