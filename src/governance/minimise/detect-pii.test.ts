import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPii } from './detect-pii.js';
import { PII_TYPES, type PiiType } from './pii-types.js';

const found = (text: string, types: readonly PiiType[] = PII_TYPES, knownNames?: string[]) =>
  detectPii(text, { types, ...(knownNames ? { knownNames } : {}) }).map((m) => [m.type, m.value]);

describe('detectPii', () => {
  it('finds every type in one text, sorted by start, with offsets that slice back to the value', () => {
    const text = [
      'Priya Raghunathan: mail priya@northwind.example or call +1 415 555 0132.',
      'Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, from 203.0.113.42.',
      'Ship to 221B Baker Street, London NW1 6XE. DOB: 12.03.1985, SSN 123-45-6789.',
    ].join('\n');
    const matches = detectPii(text, { types: PII_TYPES });
    assert.deepEqual(
      matches.map((m) => [m.type, m.value]),
      [
        ['person', 'Priya Raghunathan'],
        ['email', 'priya@northwind.example'],
        ['phone', '+1 415 555 0132'],
        ['payment_card', '4111 1111 1111 1111'],
        ['iban', 'DE89 3704 0044 0532 0130 00'],
        ['ip_address', '203.0.113.42'],
        ['postal_address', '221B Baker Street, London NW1 6XE'],
        ['date_of_birth', '12.03.1985'],
        ['national_id', '123-45-6789'],
      ],
    );
    for (const m of matches) assert.equal(text.slice(m.start, m.end), m.value);
  });

  it('looks only for the asked types', () => {
    const text = 'Anna Keller, anna@acme.example, +49 30 1234 5678';
    assert.deepEqual(found(text, ['email']), [['email', 'anna@acme.example']]);
    assert.deepEqual(found(text, []), []);
  });

  const overlaps: [string, string, [PiiType, string][]][] = [
    ['an SSN is not a phone number', 'SSN 123-45-6789', [['national_id', '123-45-6789']]],
    [
      'a tax id with its cue is not a phone number',
      'Steuer-ID: 65 929 970 489',
      [['national_id', '65 929 970 489']],
    ],
    ['a date of birth is not a phone number', 'DOB 12-03-1985', [['date_of_birth', '12-03-1985']]],
    [
      'a postcode inside an address is not a phone number',
      'Av. Paulista, 1578 - SP, 01310-200',
      [['postal_address', 'Av. Paulista, 1578 - SP, 01310-200']],
    ],
    [
      'a name inside an address stays in the address',
      '1600 Pennsylvania Avenue NW, Washington, DC 20500',
      [['postal_address', '1600 Pennsylvania Avenue NW, Washington, DC 20500']],
    ],
  ];
  for (const [label, text, expected] of overlaps) {
    it(`keeps the more specific match: ${label}`, () => assert.deepEqual(found(text), expected));
  }

  it('never returns overlapping matches', () => {
    const text = 'Tel 030 1234567, Steuer-ID 86095742719, Anna Keller <anna.keller@acme.de>, 10.0.0.1';
    const matches = detectPii(text, { types: PII_TYPES });
    for (let i = 1; i < matches.length; i++) assert.ok(matches[i - 1]!.end <= matches[i]!.start);
  });

  it('passes the CRM names on to the person detector', () => {
    assert.deepEqual(found('ping seun re PO', ['person'], ['seun']), [['person', 'seun']]);
  });
});
