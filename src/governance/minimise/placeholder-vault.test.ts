import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PiiMatch, PiiType } from './pii-types.js';
import { PlaceholderVault } from './placeholder-vault.js';

/** Matches for the given values, located in order in `text`. */
function matchesIn(text: string, items: [PiiType, string][]): PiiMatch[] {
  let from = 0;
  return items.map(([type, value]) => {
    const start = text.indexOf(value, from);
    from = start + value.length;
    return { type, start, end: from, value };
  });
}

describe('PlaceholderVault', () => {
  it('numbers placeholders per type from 1 and reuses them for the same value', () => {
    const vault = new PlaceholderVault();
    const text = 'Anna Keller wrote to Tom Becker; Anna Keller at anna@acme.example.';
    const masked = vault.mask(
      text,
      matchesIn(text, [
        ['person', 'Anna Keller'],
        ['person', 'Tom Becker'],
        ['person', 'Anna Keller'],
        ['email', 'anna@acme.example'],
      ]),
    );
    assert.equal(masked, '[PERSON_1] wrote to [PERSON_2]; [PERSON_1] at [EMAIL_1].');
    assert.equal(vault.size, 3);
    assert.deepEqual(vault.counts(), { person: 2, email: 1 });
  });

  const sameValue: [PiiType, string, string][] = [
    ['email', 'Anna.Keller@ACME.de', ' anna.keller@acme.de'],
    ['phone', '+49 30 1234-5678', '+49 (30) 12345678'],
    ['payment_card', '4111 1111 1111 1111', '4111-1111-1111-1111'],
    ['iban', 'DE89 3704 0044 0532 0130 00', 'de89370400440532013000'],
    ['person', 'Anna  Keller', 'Anna Keller '],
  ];
  for (const [type, a, b] of sameValue) {
    it(`treats ${JSON.stringify(a)} and ${JSON.stringify(b)} as one ${type}`, () => {
      const vault = new PlaceholderVault();
      assert.equal(vault.placeholderFor(type, a), vault.placeholderFor(type, b));
      assert.equal(vault.size, 1);
    });
  }

  it('keeps names case-sensitive and types apart', () => {
    const vault = new PlaceholderVault();
    assert.notEqual(vault.placeholderFor('person', 'Will'), vault.placeholderFor('person', 'will'));
    assert.equal(vault.placeholderFor('phone', '0301234567'), '[PHONE_1]');
    assert.equal(vault.placeholderFor('national_id', '0301234567'), '[NATIONAL_ID_1]');
  });

  it('restores known placeholders and leaves unknown or malformed ones as they are', () => {
    const vault = new PlaceholderVault();
    const masked = vault.mask('Call Priya Shah', [
      { type: 'person', start: 5, end: 15, value: 'Priya Shah' },
    ]);
    assert.equal(
      vault.unmask(`${masked}, not [PERSON_2], [EMAIL_1], [PERSON_01] or [person_1].`),
      'Call Priya Shah, not [PERSON_2], [EMAIL_1], [PERSON_01] or [person_1].',
    );
  });

  it('refuses overlapping matches', () => {
    const vault = new PlaceholderVault();
    assert.throws(() =>
      vault.mask('Anna Keller', [
        { type: 'person', start: 0, end: 11, value: 'Anna Keller' },
        { type: 'person', start: 5, end: 11, value: 'Keller' },
      ]),
    );
  });

  it('survives a JSON round trip between turns and continues its numbering', () => {
    const vault = new PlaceholderVault();
    vault.placeholderFor('person', 'Anna Keller');
    vault.placeholderFor('person', 'Tom Becker');
    vault.placeholderFor('postal_address', 'Hauptstraße 5, 10115 Berlin');
    const restored = PlaceholderVault.fromJSON(JSON.parse(JSON.stringify(vault)));
    assert.deepEqual(restored.toJSON(), vault.toJSON());
    assert.equal(restored.placeholderFor('person', 'Tom Becker'), '[PERSON_2]');
    assert.equal(restored.placeholderFor('person', 'Lena Fischer'), '[PERSON_3]');
    assert.equal(restored.unmask('[POSTAL_ADDRESS_1]'), 'Hauptstraße 5, 10115 Berlin');
  });

  const invalid: [string, unknown][] = [
    ['not an object', 'x'],
    ['an unknown type', { entries: [['[PERSON_1]', 'animal', 'Rex']] }],
    ['a malformed placeholder', { entries: [['PERSON_1', 'person', 'Anna']] }],
    ['a placeholder of another type', { entries: [['[EMAIL_1]', 'person', 'Anna']] }],
  ];
  for (const [label, json] of invalid) {
    it(`rejects stored JSON with ${label}`, () => assert.throws(() => PlaceholderVault.fromJSON(json)));
  }
});
