import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DealFacts, extractDealFacts } from './deal-facts.js';
import { DISCOVERY_CALL, MEETING_NOTES, REFERENCE_DATE, SUPPORT_EMAIL } from './fixtures.js';

const facts = (text: string) => extractDealFacts(text, { referenceDate: REFERENCE_DATE });

describe('extractDealFacts: fixtures', () => {
  it('discovery call', () => {
    const result = facts(DISCOVERY_CALL);
    assert.deepEqual(result.amounts, [
      { text: '$48,000', amount: 48000, currency: 'USD' },
      { text: '42k', amount: 42000, currency: null },
    ]);
    assert.deepEqual(result.people, ['Anna Keller', 'Mark Davis', 'Priya Shah', 'Tom Becker']);
    assert.deepEqual(result.organisations, ['Northwind Logistics', 'Gong']);
    assert.equal(result.dates.length, 8);
    assert.equal(result.nextStep, 'Anna Keller to send the completed security questionnaire, due 2026-11-26');
    assert.deepEqual(result.competitors, ['HubSpot', 'Gong']);
    assert.deepEqual(result.risks, [
      'We also looked at Gong last quarter, but the pricing was too high for a team our size.',
      'Priya Shah, our CFO, has to sign off on anything above that.',
      'The main concern is security, since our customer contracts include personal data.',
      'Our legal team will need to review the data processing agreement before we can sign.',
      'Another risk is timing, because a budget freeze could delay the rollout into next year.',
    ]);
  });

  it('meeting notes: an explicit next step wins', () => {
    const result = facts(MEETING_NOTES);
    assert.equal(result.nextStep, 'A joint workshop with the customer, due 2026-12-15');
    assert.deepEqual(result.competitors, ['Gong', 'Salesforce', 'HubSpot']);
    assert.deepEqual(result.risks, [
      'Priya confirmed that finance can release the budget once the data processing agreement is signed.',
      'Tom raised a concern about single sign-on, because the current identity provider is being replaced in January.',
      'Pricing is not the main blocker, but procurement usually takes six weeks.',
    ]);
  });

  it('support email has no deal facts beyond its request', () => {
    const result = facts(SUPPORT_EMAIL);
    assert.deepEqual(
      { nextStep: result.nextStep, risks: result.risks, competitors: result.competitors },
      {
        nextStep: 'Look into this urgently and let me know when a fix is expected',
        risks: [],
        competitors: [],
      },
    );
  });
});

describe('extractDealFacts: one sentence per case', () => {
  const cases: { input: string; pick: (f: DealFacts) => unknown; expected: unknown }[] = [
    {
      input: 'We compared you to Pipedrive and Close.',
      pick: (f) => f.competitors,
      expected: ['Pipedrive', 'Close'],
    },
    {
      input: 'Today we use Excel, Notion and Trello.',
      pick: (f) => f.competitors,
      expected: ['Excel', 'Notion', 'Trello'],
    },
    {
      input: 'They are switching from Zendesk next year.',
      pick: (f) => f.competitors,
      expected: ['Zendesk'],
    },
    { input: 'We spoke with Anna about the rollout.', pick: (f) => f.competitors, expected: [] },
    {
      input: 'Procurement needs a security review first.',
      pick: (f) => f.risks,
      expected: [],
    },
    {
      input: 'Procurement has to approve any contract above $50k.',
      pick: (f) => f.risks,
      expected: ['Procurement has to approve any contract above $50k.'],
    },
    { input: 'Our budget is $48,000 for this year.', pick: (f) => f.risks, expected: [] },
    {
      input: 'The rollout may be delayed by the reorg.',
      pick: (f) => f.risks,
      expected: ['The rollout may be delayed by the reorg.'],
    },
    {
      input: 'Next steps: Mark will send the signed order form by Friday.',
      pick: (f) => f.nextStep,
      expected: 'Mark to send the signed order form, due 2026-11-27',
    },
    { input: 'Great call, thanks everyone.', pick: (f) => f.nextStep, expected: null },
  ];
  for (const { input, pick, expected } of cases) {
    it(input, () => assert.deepEqual(pick(facts(input)), expected));
  }
});
