import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectIbans, passesMod97 } from './iban.js';

const found = (text: string) => detectIbans(text, { knownNames: [] }).map((m) => m.value);

describe('detectIbans', () => {
  const rows: [string, string[]][] = [
    ['IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX', ['DE89 3704 0044 0532 0130 00']],
    ['GB29 NWBK 6016 1331 9268 19.', ['GB29 NWBK 6016 1331 9268 19']],
    ['compact DE44500105175407324931 ok', ['DE44500105175407324931']],
    ['Norway NO93 8601 1117 947 (shortest)', ['NO93 8601 1117 947']],
    ['Malta MT84 MALT 0110 0001 2345 MTLC AST0 01S', ['MT84 MALT 0110 0001 2345 MTLC AST0 01S']],
    ['Checksum off: DE89 3704 0044 0532 0130 01', []],
    ['Unknown country XX89 3704 0044 0532 0130 00', []],
    ['Too short DE89 3704 0044 0532', []],
    ['VAT id DE123456789 is no IBAN', []],
    ['Glued DE89370400440532013000123 is a longer token', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text), expected));
  }
  it('checks mod 97', () => {
    assert.equal(passesMod97('GB82WEST12345698765432'), true);
    assert.equal(passesMod97('GB82WEST12345698765433'), false);
  });
});
