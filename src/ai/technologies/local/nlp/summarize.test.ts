import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISCOVERY_CALL, MEETING_NOTES, SUPPORT_EMAIL } from './fixtures.js';
import { summarize } from './summarize.js';

describe('summarize', () => {
  it('picks central sentences of a call, in original order, with their speaker', () => {
    assert.deepEqual(summarize(DISCOVERY_CALL).sentences, [
      'Mark Davis: Our legal team will need to review the data processing agreement before we can sign.',
      "Anna Keller: I'll send the revised proposal by Friday, with pricing for the pilot and the annual plan.",
      'Anna Keller: Every plan includes email support with a four hour response time, and enterprise adds a phone line.',
    ]);
  });

  it('skips headings, attendee lists and signatures in notes and emails', () => {
    const notes = summarize(MEETING_NOTES, { sentences: 5 }).sentences;
    assert.equal(notes.length, 5);
    assert.ok(notes.every((s) => !s.startsWith('Attendees') && !s.startsWith('Quarterly')));
    assert.deepEqual(summarize(SUPPORT_EMAIL).sentences, [
      "Since yesterday's update, exporting call transcripts to PDF fails with an error for our whole team.",
      'This is really frustrating because we need the transcripts for a customer audit on Friday.',
      'Could you please look into this urgently and let me know when a fix is expected?',
    ]);
  });

  it('never returns greetings or one-word turns', () => {
    const { sentences } = summarize(DISCOVERY_CALL, { sentences: 40 });
    const pleasantries = [/Hi Mark/, /: Okay\.$/, /Sounds good/, /Thanks again/, /: Bye\.$/, /: Great\.$/];
    assert.ok(sentences.every((s) => pleasantries.every((p) => !p.test(s))));
    assert.ok(sentences.every((s) => !s.endsWith('?')));
  });

  it('formats bullets and plain text from the same sentences', () => {
    const plain = summarize(MEETING_NOTES, { sentences: 2 });
    const bullets = summarize(MEETING_NOTES, { sentences: 2, format: 'bullets' });
    assert.deepEqual(plain.sentences, bullets.sentences);
    assert.equal(plain.text, plain.sentences.join(' '));
    assert.equal(bullets.text, bullets.sentences.map((s) => `- ${s}`).join('\n'));
  });

  it('scales the default length with the text and leaves out repeats', () => {
    const long = Array.from({ length: 8 }, (_, i) =>
      DISCOVERY_CALL.replace(/\$48,000/, `$${40 + i},000`),
    ).join('\n');
    const { sentences } = summarize(long);
    assert.equal(sentences.length, 7);
    assert.equal(new Set(sentences).size, 7);
  });

  it('is deterministic and handles empty text', () => {
    assert.deepEqual(summarize(DISCOVERY_CALL), summarize(DISCOVERY_CALL));
    assert.deepEqual(summarize(''), { sentences: [], text: '' });
    assert.deepEqual(summarize('Okay. Thanks!'), { sentences: [], text: '' });
  });
});

describe('summarize: short notes', () => {
  it('a one-line note without a verb is its own summary, not nothing', () => {
    const r = summarize('A secret summary about the secret deal and its secret budget.');
    assert.deepEqual(r.sentences, ['A secret summary about the secret deal and its secret budget.']);
  });
});
