import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spoken } from '../jobs/speech-worker.js';
import { assembleTranscript } from './assemble.js';
import { callInsights, countQuestions } from './insights.js';

describe('assembleTranscript', () => {
  it('places chunks at their time, interleaves the channels and joins a speaker’s segments into turns', () => {
    const t = assembleTranscript([
      {
        channel: 0,
        startSec: 0,
        endSec: 12,
        text: '',
        segments: [
          { start: 0.2, end: 2, text: 'hello this is anna' },
          { start: 2.5, end: 4, text: 'from northwind' },
          { start: 9, end: 11, text: 'ten percent then' },
        ],
      },
      {
        channel: 1,
        startSec: 4.5,
        endSec: 9,
        text: '',
        segments: [{ start: 0.1, end: 3.9, text: 'we want a discount' }],
      },
    ]);
    assert.deepEqual(t.segments, [
      { speaker: 'Agent', start: 0.2, end: 4, text: 'hello this is anna from northwind' },
      { speaker: 'Customer', start: 4.6, end: 8.4, text: 'we want a discount' },
      { speaker: 'Agent', start: 9, end: 11, text: 'ten percent then' },
    ]);
    assert.equal(
      t.text,
      'Agent: hello this is anna from northwind\nCustomer: we want a discount\nAgent: ten percent then',
    );
  });

  it('a mono chunk with text but no segments is one segment by "Speaker"; empty chunks vanish', () => {
    const t = assembleTranscript([
      { channel: null, startSec: 30, endSec: 45, text: ' hi there ', segments: [] },
      { channel: null, startSec: 45, endSec: 60, text: '', segments: [] },
    ]);
    assert.deepEqual(t.segments, [{ speaker: 'Speaker', start: 30, end: 45, text: 'hi there' }]);
  });
});

describe('callInsights', () => {
  const segments = [
    { speaker: 'Agent', start: 0, end: 10, text: 'Hello, thanks for joining. How is the rollout going?' },
    { speaker: 'Customer', start: 11, end: 16, text: 'it is going well do you have the new prices' },
    { speaker: 'Agent', start: 17, end: 47, text: 'Yes. ' + 'word '.repeat(60) },
    { speaker: 'Agent', start: 48, end: 50, text: 'Any questions?' },
  ];
  const i = callInsights(segments, 60);

  it('talk ratio, words per minute and questions per speaker', () => {
    assert.deepEqual(
      i.speakers.map((s) => [s.speaker, s.talkSec, s.talkShare, s.questions]),
      [
        ['Agent', 42, 0.89, 2],
        ['Customer', 5, 0.11, 1],
      ],
    );
    assert.equal(i.speakers[1]?.wordsPerMinute, 120);
  });

  it('the longest monologue joins a speaker’s turns across short pauses; switches and silence', () => {
    assert.deepEqual(i.longestMonologue, { speaker: 'Agent', startSec: 17, seconds: 33 });
    assert.equal(i.switchesPerMinute, 2);
    assert.equal(i.silenceShare, 0.22);
  });

  it('no segments: empty figures, not an error', () => {
    assert.deepEqual(callInsights([], null), {
      durationSec: 0,
      speakers: [],
      longestMonologue: null,
      switchesPerMinute: 0,
      silenceShare: 0,
    });
  });

  it('counts questions with or without a question mark', () => {
    assert.equal(
      countQuestions('what is the price. we agreed. Could you send it'),
      1,
      'a period says it is no question',
    );
    assert.equal(countQuestions('it is going well do you have the prices and can we meet'), 2);
    assert.equal(countQuestions('Thanks! Is that fine? Great.'), 1);
    assert.equal(countQuestions('Do it now.'), 0);
  });
});

describe('spoken', () => {
  it('says a length in words', () => {
    assert.equal(spoken(0.2), '1 second');
    assert.equal(spoken(45), '45 seconds');
    assert.equal(spoken(60), '1 minute');
    assert.equal(spoken(3 * 3600 + 300), '3 hours 5 minutes');
    assert.equal(spoken(7200), '2 hours');
  });
});
