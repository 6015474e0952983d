import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectNationalIds } from './national-id.js';

const found = (text: string) =>
  detectNationalIds(text, { knownNames: [] })
    .map((m) => m.value)
    .sort();

describe('detectNationalIds', () => {
  const rows: [string, string[]][] = [
    ['SSN 123-45-6789', ['123-45-6789']],
    ['SSN: 123 45 6789', ['123 45 6789']],
    ['social security number 078051120', ['078051120']],
    ['SSN 000-12-3456 is never issued', []],
    ['area 666: 666-12-3456', []],
    ['area 900+: 912-34-5678', []],
    ['serial 0000: 123-45-0000', []],
    ['undashed without a cue 123456789', []],
    ['EIN 12-3456789 is a company', []],
    ['NI number AB 12 34 56 C', ['AB 12 34 56 C']],
    ['NINO JG103759A', ['JG103759A']],
    ['prefix GB is not allocated: GB 12 34 56 A', []],
    ['Steuer-ID: 65 929 970 489', ['65 929 970 489']],
    ['Steueridentifikationsnummer 47036892816', ['47036892816']],
    ['11 digits without a cue 86095742719', []],
    ['passport no. X1234567', ['X1234567']],
    ['passport number, P4366918', ['P4366918']],
    ["driver's license D1234567 (CA)", ['D1234567']],
    ['ID number: AXB402317', ['AXB402317']],
    ['passport renewal next week', []],
    ['USt-IdNr. DE123456789', []],
    ['the ID card arrived', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text), expected));
  }
});
