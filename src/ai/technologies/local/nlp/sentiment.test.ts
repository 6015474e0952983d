import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISCOVERY_CALL, SUPPORT_EMAIL } from './fixtures.js';
import { type SentimentLabel, sentiment } from './sentiment.js';

describe('sentiment: sign per case', () => {
  const cases: { input: string; expected: SentimentLabel }[] = [
    { input: 'The demo was fantastic and the team loved the new dashboard.', expected: 'positive' },
    { input: 'We are very disappointed with the slow response.', expected: 'negative' },
    { input: 'The product is terrible.', expected: 'negative' },
    { input: 'The meeting is on Tuesday at 10.', expected: 'neutral' },
    {
      input: 'Hi Anna,\nThe export fails with an error. This is really frustrating.\nThanks,',
      expected: 'negative',
    },
    { input: DISCOVERY_CALL, expected: 'positive' },
    { input: SUPPORT_EMAIL, expected: 'negative' },
  ];
  for (const { input, expected } of cases) {
    it(`${input.slice(0, 50)} → ${expected}`, () => {
      const result = sentiment(input);
      assert.equal(result.label, expected);
      assert.equal(Math.sign(result.score), { positive: 1, neutral: 0, negative: -1 }[expected]);
    });
  }
});

describe('sentiment: details', () => {
  it('scores every sentence within -1..1', () => {
    const { sentences } = sentiment(DISCOVERY_CALL);
    assert.equal(sentences.length, 52);
    assert.ok(sentences.every((s) => s.score >= -1 && s.score <= 1));
    assert.deepEqual(sentences[0], { text: 'Hi Mark, thanks for making the time today.', score: 0.4 });
  });

  it('leaves greetings and thanks out of the text score', () => {
    assert.equal(sentiment('Thanks so much, great to meet you!').score, 0);
    assert.equal(sentiment('').label, 'neutral');
  });
});
