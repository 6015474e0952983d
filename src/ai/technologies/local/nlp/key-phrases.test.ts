import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISCOVERY_CALL, MEETING_NOTES, SUPPORT_EMAIL } from './fixtures.js';
import { keyPhrases } from './key-phrases.js';

describe('keyPhrases', () => {
  it('ranks the noun phrases of a call, best first, normalised to 1', () => {
    const phrases = keyPhrases(DISCOVERY_CALL, { limit: 5 });
    assert.deepEqual(
      phrases.map((p) => p.phrase),
      ['sales team', 'pilot', 'action items', 'legal team', 'sales process'],
    );
    assert.equal(phrases[0]!.score, 1);
    assert.ok(phrases.every((p, i) => i === 0 || p.score <= phrases[i - 1]!.score));
  });

  it('keeps multi-word topics and drops names, dates and greetings', () => {
    const phrases = keyPhrases(MEETING_NOTES).map((p) => p.phrase);
    assert.equal(phrases.length, 10);
    assert.ok(phrases.includes('signed budget memo'));
    assert.ok(phrases.includes('sso integration plan'));
    for (const unwanted of ['tom', 'priya', 'lukas meyer', 'monday', 'december'])
      assert.ok(!phrases.includes(unwanted));
  });

  it('returns lower-case phrases without stop words at either end', () => {
    const stop = new Set(['the', 'a', 'an', 'our', 'your', 'of', 'for', 'to', 'and']);
    for (const { phrase } of keyPhrases(SUPPORT_EMAIL)) {
      assert.equal(phrase, phrase.toLowerCase());
      const words = phrase.split(' ');
      assert.ok(!stop.has(words[0]!) && !stop.has(words.at(-1)!), phrase);
    }
    assert.deepEqual(
      keyPhrases(SUPPORT_EMAIL, { limit: 2 }).map((p) => p.phrase),
      ['transcripts', 'cohelm support team'],
    );
  });

  it('leaves out a phrase nested in a better one', () => {
    const phrases = keyPhrases(
      'The security review is slow. The security review needs the security team.',
    ).map((p) => p.phrase);
    assert.ok(phrases.includes('security review'));
    assert.ok(!phrases.includes('security') && !phrases.includes('review'));
  });

  it('defaults to ten phrases and returns none for empty text', () => {
    assert.ok(keyPhrases(DISCOVERY_CALL).length === 10);
    assert.deepEqual(keyPhrases(''), []);
  });
});
