import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ClassifyLabel, classify } from './classify.js';
import { DISCOVERY_CALL, MEETING_NOTES, SUPPORT_EMAIL } from './fixtures.js';

const LABELS: ClassifyLabel[] = [
  {
    label: 'sales_call',
    keywords: ['proposal', 'pricing', 'budget', 'demo'],
    description: 'A conversation with a prospect about buying the product',
  },
  {
    label: 'support_request',
    keywords: ['error', 'bug', 'fails', 'broken', 'fix'],
    description: 'A customer reports a problem with the product',
  },
  {
    label: 'internal_meeting',
    keywords: ['forecast', 'pipeline review', 'attendees'],
    description: 'Team meeting notes',
  },
];

describe('classify: top label per case', () => {
  const cases: { input: string; labels: ClassifyLabel[]; expected: string }[] = [
    { input: DISCOVERY_CALL, labels: LABELS, expected: 'sales_call' },
    { input: MEETING_NOTES, labels: LABELS, expected: 'internal_meeting' },
    { input: SUPPORT_EMAIL, labels: LABELS, expected: 'support_request' },
    {
      input: 'Can you share the pricing for 20 seats?',
      labels: [{ label: 'billing' }, { label: 'pricing question', keywords: ['price', 'seats', 'quote'] }],
      expected: 'pricing question',
    },
    {
      input: 'The invoices were charged twice.',
      labels: [{ label: 'Pricing' }, { label: 'Billing', keywords: ['invoice', 'charge', 'refund'] }],
      expected: 'Billing',
    },
    {
      input: 'We want to cancel the subscription at the end of the term.',
      labels: [{ label: 'upsell' }, { label: 'churn-risk', keywords: ['cancel', 'leave'] }],
      expected: 'churn-risk',
    },
  ];
  for (const { input, labels, expected } of cases) {
    it(`${input.slice(0, 40)} → ${expected}`, () =>
      assert.equal(classify(input, labels)[0]!.label, expected));
  }
});

describe('classify: scores', () => {
  it('returns every label, ranked, with shares summing to 1', () => {
    const result = classify(SUPPORT_EMAIL, LABELS);
    assert.deepEqual(
      result.map((r) => r.label),
      ['support_request', 'internal_meeting', 'sales_call'],
    );
    assert.ok(result.every((r) => r.score >= 0 && r.score <= 1));
    assert.ok(Math.abs(result.reduce((sum, r) => sum + r.score, 0) - 1) < 0.001);
    assert.equal(result[2]!.score, 0);
  });

  it('a multi-word keyword found as written beats its words apart', () => {
    const labels = [
      { label: 'a', keywords: ['price increase'] },
      { label: 'b', keywords: ['price', 'increase'] },
    ];
    assert.equal(classify('They announced a price increase.', labels)[0]!.label, 'a');
  });

  it('is uniform and keeps input order when nothing matches', () => {
    assert.deepEqual(
      classify('The weather is nice.', [{ label: 'refund' }, { label: 'demo' }, { label: 'legal' }]),
      [
        { label: 'refund', score: 0.3333 },
        { label: 'demo', score: 0.3333 },
        { label: 'legal', score: 0.3333 },
      ],
    );
  });

  it('breaks ties by input order', () => {
    const result = classify('demo and refund', [{ label: 'refund' }, { label: 'demo' }]);
    assert.deepEqual(result, [
      { label: 'refund', score: 0.5 },
      { label: 'demo', score: 0.5 },
    ]);
  });

  it('throws a RangeError without labels', () => {
    assert.throws(() => classify('text', []), RangeError);
  });
});
