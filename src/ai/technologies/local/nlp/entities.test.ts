import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Entities, extractEntities } from './entities.js';
import { DISCOVERY_CALL, MEETING_NOTES, REFERENCE_DATE, SUPPORT_EMAIL } from './fixtures.js';

const extract = (text: string) => extractEntities(text, { referenceDate: REFERENCE_DATE });

describe('extractEntities: fixtures', () => {
  const cases: { name: string; input: string; expected: Entities }[] = [
    {
      name: 'discovery call',
      input: DISCOVERY_CALL,
      expected: {
        people: ['Anna Keller', 'Mark Davis', 'Priya Shah', 'Tom Becker'],
        organisations: ['Northwind Logistics', 'Gong'],
        money: [
          { text: '$48,000', amount: 48000, currency: 'USD' },
          { text: '42k', amount: 42000, currency: null },
        ],
        dates: [
          { text: 'today', date: '2026-11-25' },
          { text: 'tomorrow', date: '2026-11-26' },
          { text: 'January 12', date: '2027-01-12' },
          { text: 'December', date: '2026-12-01' },
          { text: 'Friday', date: '2026-11-27' },
          { text: 'December 4', date: '2026-12-04' },
          { text: 'next Friday', date: '2026-12-04' },
          { text: 'this afternoon', date: '2026-11-25' },
        ],
        emails: ['mark.davis@northwind-logistics.com'],
        phones: ['+1 415 555 0142'],
      },
    },
    {
      name: 'meeting notes',
      input: MEETING_NOTES,
      expected: {
        people: ['Anna Keller', 'Tom Becker', 'Priya Shah', 'Lukas Meyer'],
        organisations: ['Northwind Logistics', 'Salesforce'],
        money: [{ text: 'EUR 12,500', amount: 12500, currency: 'EUR' }],
        dates: [
          { text: 'January', date: '2027-01-01' },
          { text: 'Monday', date: '2026-11-30' },
          { text: 'December 9', date: '2026-12-09' },
          { text: 'next Thursday', date: '2026-12-03' },
          { text: 'December 15', date: '2026-12-15' },
        ],
        emails: [],
        phones: [],
      },
    },
    {
      name: 'support email',
      input: SUPPORT_EMAIL,
      expected: {
        people: ['Julia Novak'],
        organisations: ['Acme Freight GmbH'],
        money: [],
        dates: [
          { text: 'yesterday', date: '2026-11-24' },
          { text: 'Friday', date: '2026-11-27' },
        ],
        emails: ['julia.novak@acme-freight.eu'],
        phones: ['+49 30 1234 5678'],
      },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.deepEqual(extract(input), expected));
  }
});

describe('extractEntities: details', () => {
  const cases: { name: string; input: string; pick: (e: Entities) => unknown; expected: unknown }[] = [
    {
      name: 'speakers count as people, a first name merges into the full name',
      input: 'Ben Ortiz: Hi Clara.\nClara Wu: Hi Ben, good to see you.',
      pick: (e) => e.people,
      expected: ['Ben Ortiz', 'Clara Wu'],
    },
    {
      name: 'generic speaker labels are not people',
      input: 'Speaker 1: Hello.\nSpeaker 2: Hi.',
      pick: (e) => e.people,
      expected: [],
    },
    {
      name: 'timestamps are neither dates nor phone numbers',
      input: '[00:01:02] Anna: We start on December 7.',
      pick: (e) => [e.dates, e.phones],
      expected: [[{ text: 'December 7', date: '2026-12-07' }], []],
    },
    {
      name: 'emails and phones de-duplicated in first-seen order',
      input: 'Mail ANNA@x.io or anna@x.io, call (030) 123-4567 or 030 123 4567; not 2026-12-01.',
      pick: (e) => [e.emails, e.phones],
      expected: [['ANNA@x.io'], ['(030) 123-4567']],
    },
    {
      name: 'repeated amounts and dates appear once',
      input: 'It costs $5,000. Yes, $5,000 by Friday, and Friday it is.',
      pick: (e) => [e.money.length, e.dates],
      expected: [1, [{ text: 'Friday', date: '2026-11-27' }]],
    },
    {
      name: 'organisations by legal suffix and by name',
      input: 'We met Acme Corp and Globex Ltd at the Microsoft office.',
      pick: (e) => e.organisations,
      expected: ['Acme Corp', 'Globex Ltd', 'Microsoft'],
    },
    {
      name: 'a one-word company named twice or after "at", but not a capitalised "Great"',
      input:
        'Anna Berg: Great. Northwind wants 40 seats. Our legal team at Northwind reviews it. Tom works with Initech.',
      pick: (e) => e.organisations,
      expected: ['Northwind', 'Initech'],
    },
  ];
  for (const { name, input, pick, expected } of cases) {
    it(name, () => assert.deepEqual(pick(extract(input)), expected));
  }
});
