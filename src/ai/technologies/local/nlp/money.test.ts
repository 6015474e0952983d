import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMoney, type Money } from './money.js';

describe('findMoney', () => {
  const cases: { input: string; expected: Money[] }[] = [
    {
      input: 'We approved $48,000 for year one.',
      expected: [{ text: '$48,000', amount: 48000, currency: 'USD' }],
    },
    {
      input: 'The package is around 48k per year.',
      expected: [{ text: '48k', amount: 48000, currency: null }],
    },
    { input: 'EUR 12,500 per quarter', expected: [{ text: 'EUR 12,500', amount: 12500, currency: 'EUR' }] },
    { input: 'only €12.5k for the pilot', expected: [{ text: '€12.5k', amount: 12500, currency: 'EUR' }] },
    {
      input: 'a 1.2 million dollars deal',
      expected: [{ text: '1.2 million dollars', amount: 1200000, currency: 'USD' }],
    },
    { input: 'USD 3.5M in pipeline', expected: [{ text: 'USD 3.5M', amount: 3500000, currency: 'USD' }] },
    { input: '12,500 euros upfront', expected: [{ text: '12,500 euros', amount: 12500, currency: 'EUR' }] },
    { input: 'a £900 fee', expected: [{ text: '£900', amount: 900, currency: 'GBP' }] },
    {
      input: 'roughly fifty thousand dollars',
      expected: [{ text: 'fifty thousand dollars', amount: 50000, currency: 'USD' }],
    },
    {
      input: '$10k now and EUR 2,000 later',
      expected: [
        { text: '$10k', amount: 10000, currency: 'USD' },
        { text: 'EUR 2,000', amount: 2000, currency: 'EUR' },
      ],
    },
    { input: 'We have 5k users on SOC 2 since 2026.', expected: [] },
    { input: 'Call +1 415 555 0142.', expected: [] },
  ];
  for (const { input, expected } of cases) {
    it(input, () => assert.deepEqual(findMoney(input), expected));
  }
});
