import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash, normaliseText } from './text-normal.js';

describe('normaliseText', () => {
  const cases: Array<[string, string, string]> = [
    ['curly single quotes', 'don\u2019t \u2018x\u2019', "don't 'x'"],
    ['curly double quotes and guillemets', '\u201Chi\u201D \u00AByo\u00BB \u201Elo\u201C', '"hi" "yo" "lo"'],
    ['en, em and minus dashes', 'a\u2013b \u2014 c\u2212d', 'a-b - c-d'],
    ['full-width forms (NFKC)', '\uFF21\uFF22\uFF23\uFF11\uFF12', 'ABC12'],
    ['ligature and ellipsis (NFKC)', '\uFB01ne\u2026', 'fine...'],
    ['whitespace runs, tabs and line breaks', '  a \t b\r\n\n c  ', 'a b c'],
    ['non-breaking and ideographic spaces', 'a\u00A0b\u3000c', 'a b c'],
    ['invisible characters', 'in\u200Bvis\u00ADi\uFEFFble\u2060', 'invisible'],
    ['keeps joiners inside emoji', '\u{1F469}\u200D\u{1F4BB}', '\u{1F469}\u200D\u{1F4BB}'],
    ['keeps case', 'Hello World', 'Hello World'],
    ['empty', '   ', ''],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(normaliseText(input), expected));
  }

  it('is idempotent', () => {
    const once = normaliseText(' \u201CIt\u2019s\u201D \u2014 fine\u2026 ');
    assert.equal(normaliseText(once), once);
  });
});

describe('contentHash', () => {
  it('is the SHA-256 hex of the normalised text', () => {
    assert.equal(contentHash(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(contentHash('  abc\n'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('ignores typographic and whitespace differences but not wording or case', () => {
    const base = contentHash('It\u2019s ready \u2014 see you Monday.');
    assert.equal(contentHash("It's  ready - see you\nMonday."), base);
    assert.notEqual(contentHash("it's ready - see you Monday."), base);
    assert.notEqual(contentHash("It's ready - see you Tuesday."), base);
  });
});
