import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callSummary, callSummaryText } from './call-summary.js';
import { NEGOTIATION_CALL, REFERENCE_DATE } from './fixtures.js';

const summary = (text: string) => callSummary(text, REFERENCE_DATE);

describe('callSummary: the negotiation call', () => {
  const c = summary(NEGOTIATION_CALL);

  it('summarises in three speaker-attributed sentences about the price', () => {
    assert.equal(c.summary.match(/(?:Sofia Lindqvist|Daniel Roth|Marta Klein): /g)?.length, 3, c.summary);
    assert.match(c.summary, /48,000 EUR/);
  });

  it('lists what was agreed, with what a short "that works" agreed to', () => {
    assert.deepEqual(c.agreements, [
      'Sofia Lindqvist: I can offer 48,000 EUR per year on a two-year contract, with onboarding included. — Daniel Roth: That works for us.',
      'Daniel Roth: We agreed internally that a two-year term is fine.',
      "Marta Klein: Then we'll go with the two-year option at 48,000 EUR per year.",
      "Daniel Roth: Sounds good, let's do a migration workshop with Jonas next week.",
    ]);
  });

  it('lists the action items with owners and due dates, not the price asks or the decision', () => {
    const items = c.actionItems.map((i) => `${i.owner ?? '-'} | ${i.action} | ${i.due ?? '-'}`);
    assert.deepEqual(items, [
      'Sofia Lindqvist | send the revised order form | 2026-11-27',
      'Sofia Lindqvist | ask our legal team to send the DPA | 2026-11-26',
      '- | we aim to sign the contract | 2026-12-12',
      '- | do a migration workshop with Jonas | 2026-12-02',
      'Marta Klein | send me the supplier registration form | 2026-11-30',
    ]);
  });

  it('reads the tone as positive and renders a readable text', () => {
    assert.equal(c.sentiment.label, 'positive');
    const text = callSummaryText(c);
    assert.ok(text.includes('\n\nAgreed:\n- Sofia Lindqvist: I can offer'), text);
    assert.ok(
      text.includes('\n\nAction items:\n- Sofia Lindqvist: send the revised order form (by 2026-11-27)'),
      text,
    );
  });
});

describe('callSummary: overview', () => {
  const c = summary(NEGOTIATION_CALL);

  it('names the topic with its strongest phrases, and the follow-up meeting with its date', () => {
    assert.ok(c.topic.includes('contract'), c.topic);
    assert.ok(!/\beur\b/.test(c.topic), `no currency code as a topic: ${c.topic}`);
    assert.deepEqual(c.followUp, {
      text: "Daniel Roth: Sounds good, let's do a migration workshop with Jonas next week.",
      when: '2026-12-02',
    });
  });

  it('reads the tone of each speaker', () => {
    assert.deepEqual(
      c.speakers.map((s) => s.speaker),
      ['Sofia Lindqvist', 'Daniel Roth', 'Marta Klein'],
    );
    for (const s of c.speakers) assert.equal(s.sentiment.label, 'positive', s.speaker);
    const upset = summary(
      'Agent: Hello, how can I help?\nCustomer: The export is broken again and we are really unhappy.',
    );
    assert.equal(upset.speakers.find((s) => s.speaker === 'Customer')?.sentiment.label, 'negative');
  });

  it('a question about meeting again is no follow-up yet', () => {
    assert.equal(summary('Agent: Shall we schedule a call next week?').followUp, null);
  });
});

describe('callSummary: agreements, one exchange per case', () => {
  const cases: { input: string; expected: string[] }[] = [
    {
      input: 'Anna: We can start the pilot on December 1.\nMark: Deal.',
      expected: ['Anna: We can start the pilot on December 1. — Mark: Deal.'],
    },
    {
      input: 'Mark: The budget was approved by our CFO yesterday.',
      expected: ['Mark: The budget was approved by our CFO yesterday.'],
    },
    { input: 'Anna: Do we agree on the annual plan?', expected: [] },
    { input: 'Anna: Our platform writes the notes back to the deal record.', expected: [] },
    { input: 'Anna: Sounds good.', expected: [] },
  ];
  for (const { input, expected } of cases)
    it(input, () => assert.deepEqual(summary(input).agreements, expected));
});

describe('callSummary: edge cases', () => {
  it('an empty transcript gives an empty, neutral summary', () => {
    assert.deepEqual(summary(''), {
      topic: '',
      summary: '',
      agreements: [],
      actionItems: [],
      followUp: null,
      sentiment: { score: 0, label: 'neutral' },
      speakers: [],
    });
  });
});
