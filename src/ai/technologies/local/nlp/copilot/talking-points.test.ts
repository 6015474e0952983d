import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefFactsSchema, readFacts } from './facts.js';
import { NEGOTIATION_CALL, REFERENCE_DATE, STALE_DEAL_FACTS, STALE_DEAL_TIMELINE } from './fixtures.js';
import { talkingPoints } from './talking-points.js';

const points = (text: string, facts: unknown = {}) =>
  talkingPoints(text, readFacts(briefFactsSchema, facts), REFERENCE_DATE).points;

describe('talkingPoints: fixtures', () => {
  it('a stale deal: overdue tasks, the amount, the objection, the competitor, the missed close date', () => {
    assert.deepEqual(points(`Call: Pricing follow-up\n${STALE_DEAL_TIMELINE}`, STALE_DEAL_FACTS), [
      'Overdue task to follow up: Call Priya about the proposal',
      'Overdue task to follow up: Send the rollout plan to the COO',
      'Confirm the amount: Sofia Lindqvist: Sent the proposal for 28,500 EUR per year.',
      'Address the concern: Pricing is higher than we hoped and the COO is worried about the rollout effort.',
      'Ask where Salesforce stands in their decision',
      'The expected close date 2026-11-20 has passed: agree a new one',
    ]);
  });

  it('after a negotiation call: next step, the agreed amount, the dates, concerns; at most seven', () => {
    const p = points(NEGOTIATION_CALL);
    assert.ok(p.length >= 3 && p.length <= 7, `3–7 points, got ${p.length}`);
    assert.equal(
      p[0],
      'Confirm the next step: Sofia Lindqvist to send the revised order form, due 2026-11-27',
    );
    assert.ok(
      p.includes(
        "Confirm the amount: Marta Klein: Then we'll go with the two-year option at 48,000 EUR per year.",
      ),
      JSON.stringify(p, null, 1),
    );
    assert.ok(
      p.includes('Confirm the date: Marta Klein: We aim to sign the contract by December 12.'),
      JSON.stringify(p, null, 1),
    );
    assert.ok(p.includes('Ask where Pipedrive stands in their decision'), JSON.stringify(p, null, 1));
    // Every question of that call was answered on it.
    assert.ok(!p.some((x) => x.startsWith('Open question')), JSON.stringify(p, null, 1));
  });
});

describe('talkingPoints: open questions', () => {
  const cases: { name: string; input: string; open: string[] }[] = [
    {
      name: 'no reply at all',
      input: 'Daniel: Does the add-on include German transcription?',
      open: ['Open question: Daniel: Does the add-on include German transcription?'],
    },
    {
      name: 'a reply that puts it off',
      input: "Daniel: Can you host in Frankfurt?\nSofia: I'm not sure, I'll check with our ops team.",
      open: ['Open question: Daniel: Can you host in Frankfurt?'],
    },
    {
      name: 'still waiting',
      input: 'Sofia: Did the board approve the budget?\nDaniel: We are still waiting for the board.',
      open: ['Open question: Sofia: Did the board approve the budget?'],
    },
    {
      name: 'an answered question',
      input: 'Sofia: Who runs IT on your side?\nDaniel: Jonas Weber runs IT and the integration.',
      open: [],
    },
  ];
  for (const c of cases)
    it(c.name, () =>
      assert.deepEqual(
        points(c.input).filter((p) => p.startsWith('Open question')),
        c.open,
      ),
    );
});

describe('talkingPoints: the deal record fills in when the text is thin', () => {
  it('an empty timeline with a future close date and an amount', () => {
    assert.deepEqual(points('', { closeDate: '2026-12-20', amount: 12000, currency: 'USD' }), [
      'Check the close date 2026-12-20 still holds',
      'Confirm the deal value of 12,000 USD',
    ]);
  });

  it('nothing at all gives nothing, not invented points', () => {
    assert.deepEqual(points(''), []);
  });
});
