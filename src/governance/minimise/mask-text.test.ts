import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskText } from './mask-text.js';
import { PII_TYPES } from './pii-types.js';
import { PlaceholderVault } from './placeholder-vault.js';

const CALL = `Anna Keller: Priya, can you send the DPA to legal@northwind.example?
Priya Raghunathan: Sure. Oluwaseun Adeyemi signs; call him on +234 803 555 0142.
Anna Keller: And the invoice goes to Hauptstraße 5, 10115 Berlin, IBAN DE89 3704 0044 0532 0130 00.`;

describe('maskText', () => {
  it('replaces personal data by placeholders and counts every replaced occurrence', () => {
    const vault = new PlaceholderVault();
    const { text, masked } = maskText(CALL, vault, { types: PII_TYPES, knownNames: ['Priya Raghunathan'] });
    assert.equal(
      text,
      `[PERSON_1]: [PERSON_2], can you send the DPA to [EMAIL_1]?
[PERSON_3]: Sure. [PERSON_4] signs; call him on [PHONE_1].
[PERSON_1]: And the invoice goes to [POSTAL_ADDRESS_1], IBAN [IBAN_1].`,
    );
    assert.deepEqual(masked, { person: 5, email: 1, phone: 1, postal_address: 1, iban: 1 });
    assert.deepEqual(vault.counts(), { person: 4, email: 1, phone: 1, postal_address: 1, iban: 1 });
  });

  it('round-trips: unmasking the masked text gives the original back', () => {
    const vault = new PlaceholderVault();
    const { text } = maskText(CALL, vault, { types: PII_TYPES });
    assert.equal(vault.unmask(text), CALL);
  });

  it('keeps placeholders stable across turns of one conversation', () => {
    const vault = new PlaceholderVault();
    maskText('Anna Keller called.', vault, { types: ['person'] });
    const next = PlaceholderVault.fromJSON(vault.toJSON());
    const second = maskText('Tom Becker and Anna Keller met.', next, { types: ['person'] });
    assert.equal(second.text, '[PERSON_2] and [PERSON_1] met.');
  });

  it('masks only the asked types and reports nothing when nothing was masked', () => {
    const vault = new PlaceholderVault();
    const result = maskText('Anna Keller, anna@acme.example', vault, { types: ['email'] });
    assert.equal(result.text, 'Anna Keller, [EMAIL_1]');
    assert.deepEqual(maskText('The deal is $48,000 for Q3.', vault, { types: PII_TYPES }).masked, {});
  });
});
