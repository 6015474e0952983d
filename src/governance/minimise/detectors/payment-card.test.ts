import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPaymentCards, passesLuhn } from './payment-card.js';

const found = (text: string) => detectPaymentCards(text, { knownNames: [] }).map((m) => m.value);

describe('detectPaymentCards', () => {
  const rows: [string, string[]][] = [
    ['Visa 4111 1111 1111 1111 exp 09/27', ['4111 1111 1111 1111']],
    ['Mastercard 5555-5555-5555-4444.', ['5555-5555-5555-4444']],
    ['Amex 3782 822463 10005', ['3782 822463 10005']],
    ['Discover 6011111111111117', ['6011111111111117']],
    ['19 digits 6011 0009 9013 9424 123', []],
    ['Luhn fails: 4111 1111 1111 1112', []],
    ['Tracking 1Z999AA10123456784', []],
    ['Order id 202411250042', []],
    ['Luhn-valid but no issuer: 8888 8888 8888 8888', []],
    ['Mixed separators 4111 1111-1111 1111', []],
    ['IBAN digits DE89 3704 0044 0532 0130 00', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text), expected));
  }
  it('implements the Luhn checksum', () => {
    assert.equal(passesLuhn('79927398713'), true);
    assert.equal(passesLuhn('79927398710'), false);
  });
});
