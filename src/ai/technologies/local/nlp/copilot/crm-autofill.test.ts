import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crmAutofill } from './crm-autofill.js';
import { autofillFactsSchema, readFacts } from './facts.js';
import { NEGOTIATION_CALL, REFERENCE_DATE } from './fixtures.js';

const FACTS = {
  currentFields: { amount: 52000, currency: 'EUR', closeDate: '2026-12-31', nextStep: null, products: [] },
  customFields: [
    {
      key: 'contract_term',
      label: 'contract',
      type: 'select',
      options: ['One-year', 'Two-year', 'Three-year'],
    },
    { key: 'seats', label: 'seats', type: 'number' },
    { key: 'go_live', label: 'go-live', type: 'date' },
    { key: 'competitor', label: 'compared', type: 'text' },
    { key: 'region', label: 'hosting region', type: 'select', options: ['EU', 'US'] },
  ],
  contacts: [
    { id: 'c1', name: 'Daniel Roth' },
    { id: 'c2', name: 'Marta Klein' },
    { id: 'c3', name: 'Helena Brandt' },
    { id: 'c4', name: 'Jonas Weber' },
  ],
  products: ['Sales Cloud', 'Call Analytics', 'Marketing Hub'],
};

const autofill = (text: string, facts: unknown = FACTS) =>
  crmAutofill(text, readFacts(autofillFactsSchema, facts), REFERENCE_DATE);
const fieldValue = (r: ReturnType<typeof autofill>, field: string) =>
  r.fields.find((f) => f.field === field)?.value;

describe('crmAutofill: the negotiation call', () => {
  const r = autofill(NEGOTIATION_CALL);

  it('reads the fields the call states, each from its sentence', () => {
    assert.deepEqual(
      r.fields.map(({ field, value, sourceSentence }) => ({ field, value, sourceSentence })),
      [
        {
          field: 'amount',
          value: 48000,
          sourceSentence: "Then we'll go with the two-year option at 48,000 EUR per year.",
        },
        {
          field: 'currency',
          value: 'EUR',
          sourceSentence: "Then we'll go with the two-year option at 48,000 EUR per year.",
        },
        {
          field: 'closeDate',
          value: '2026-12-12',
          sourceSentence: 'We aim to sign the contract by December 12.',
        },
        {
          field: 'nextStep',
          value: 'Sofia Lindqvist to send the revised order form, due 2026-11-27',
          sourceSentence: "I'll send the revised order form by Friday.",
        },
        {
          field: 'products',
          value: ['Sales Cloud', 'Call Analytics'],
          sourceSentence:
            'Our quote was 52,000 EUR per year for 40 seats of Sales Cloud plus the Call Analytics add-on.',
        },
        {
          field: 'custom.contract_term',
          value: 'Two-year',
          sourceSentence: 'I can offer 48,000 EUR per year on a two-year contract, with onboarding included.',
        },
        {
          field: 'custom.seats',
          value: 40,
          sourceSentence:
            'Our quote was 52,000 EUR per year for 40 seats of Sales Cloud plus the Call Analytics add-on.',
        },
        {
          field: 'custom.go_live',
          value: '2027-01-15',
          sourceSentence: 'Yes, we want to go live on January 15, before our sales kickoff.',
        },
        {
          field: 'custom.competitor',
          value: "We compared you to Pipedrive, but your call analytics module is the reason we're here.",
          sourceSentence:
            "We compared you to Pipedrive, but your call analytics module is the reason we're here.",
        },
      ],
    );
  });

  it('every source sentence is a verbatim part of the input and every confidence is 0..1', () => {
    for (const f of [...r.fields, ...r.contactRoles])
      assert.ok(NEGOTIATION_CALL.includes(f.sourceSentence), `verbatim: ${f.sourceSentence}`);
    for (const f of r.fields) assert.ok(f.confidence > 0 && f.confidence <= 1, `${f.field}: ${f.confidence}`);
    assert.ok(
      r.fields.find((f) => f.field === 'amount')!.confidence > 0.9,
      'an agreed amount near a price word is near certain',
    );
  });

  it('gives each role to the person it is said of', () => {
    assert.deepEqual(
      r.contactRoles.map((c) => `${c.contactName}: ${c.role}`),
      [
        'Marta Klein: Procurement',
        'Helena Brandt: Economic buyer',
        'Helena Brandt: CFO',
        'Helena Brandt: Decision maker',
        'Jonas Weber: Technical lead',
      ],
    );
  });
});

describe('crmAutofill: one statement per case', () => {
  const cases: { input: string; field: string; expected: unknown }[] = [
    { input: 'Our budget is $48,000 for the first year.', field: 'amount', expected: 48000 },
    { input: 'Our budget is $48,000 for the first year.', field: 'currency', expected: 'USD' },
    {
      input: 'Anything above 40,000 EUR needs the CFO. The contract value is 35,000 EUR.',
      field: 'amount',
      expected: 35000,
    },
    {
      input: 'Could you do 30,000 EUR? We settled on 33,000 EUR per year.',
      field: 'amount',
      expected: 33000,
    },
    {
      input: 'We want to sign by December 18 and go live in January.',
      field: 'closeDate',
      expected: '2026-12-18',
    },
    { input: 'The kickoff is planned for January 8.', field: 'closeDate', expected: '2027-01-08' },
    { input: 'We signed the NDA on November 2.', field: 'closeDate', expected: undefined },
    { input: 'Can you also send the Marketing Hub pricing?', field: 'products', expected: undefined },
    { input: 'We need marketing hub for the events team.', field: 'products', expected: ['Marketing Hub'] },
    {
      input: 'Hosting region is a must: everything stays in the EU.',
      field: 'custom.region',
      expected: 'EU',
    },
    { input: 'We will need 25 seats at first.', field: 'custom.seats', expected: 25 },
    { input: 'The seats cost 1,200 EUR each.', field: 'custom.seats', expected: undefined },
    { input: 'The go live date is March 3.', field: 'custom.go_live', expected: '2027-03-03' },
    { input: 'Thanks for the call, talk soon.', field: 'amount', expected: undefined },
  ];
  for (const c of cases)
    it(`${c.field}: ${c.input}`, () => assert.deepEqual(fieldValue(autofill(c.input), c.field), c.expected));
});

describe('crmAutofill: contact roles, one sentence per case', () => {
  const cases: { input: string; expected: string[] }[] = [
    { input: 'Daniel Roth is our champion internally.', expected: ['Daniel Roth: Champion'] },
    { input: 'The decision maker is Helena.', expected: ['Helena Brandt: Decision maker'] },
    { input: 'Daniel Roth: I sign off on the budget myself.', expected: ['Daniel Roth: Economic buyer'] },
    { input: 'Who is the decision maker?', expected: [] },
    { input: 'Procurement will send the forms.', expected: [] },
  ];
  for (const c of cases)
    it(c.input, () =>
      assert.deepEqual(
        autofill(c.input).contactRoles.map((r) => `${r.contactName}: ${r.role}`),
        c.expected,
      ),
    );
});

describe('crmAutofill: source sentences', () => {
  it('a sentence wrapped over two lines is returned exactly as it stands in the input', () => {
    const input =
      'Notes from the call.\n\nThey confirmed the total contract value of\n36,000 EUR per year for 30 seats.';
    const r = autofill(input);
    const amount = r.fields.find((f) => f.field === 'amount');
    assert.equal(amount?.value, 36000);
    assert.ok(amount && input.includes(amount.sourceSentence), JSON.stringify(amount));
    assert.match(amount?.sourceSentence ?? '', /value of\n36,000/);
  });

  it('malformed facts are ignored rather than failing', () => {
    const r = autofill('Our budget is 20,000 EUR.', {
      customFields: 'none',
      contacts: [{ nope: 1 }],
      products: 'x',
    });
    assert.deepEqual(
      r.fields.map((f) => f.field),
      ['amount', 'currency'],
    );
  });
});
