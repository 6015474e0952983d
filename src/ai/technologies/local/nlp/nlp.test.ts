import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISCOVERY_CALL, MEETING_NOTES } from './fixtures.js';
import { analyze, tokenize } from './nlp.js';
import { splitSegments } from './segments.js';

describe('splitSegments', () => {
  const cases: { name: string; input: string; expected: { speaker: string | null; text: string }[] }[] = [
    {
      name: 'plain speaker prefix',
      input: 'Anna: Hello there.\nMark: Hi.',
      expected: [
        { speaker: 'Anna', text: 'Hello there.' },
        { speaker: 'Mark', text: 'Hi.' },
      ],
    },
    {
      name: 'timestamp, full name and company in brackets',
      input: '[00:01:02] Anna Keller (Brightline): We can start.',
      expected: [{ speaker: 'Anna Keller', text: 'We can start.' }],
    },
    {
      name: 'bare timestamp without speaker',
      input: '00:04:10 - the line was quiet here.',
      expected: [{ speaker: null, text: 'the line was quiet here.' }],
    },
    {
      name: 'labels are not speakers',
      input: 'Subject: Renewal\nNext Steps: send the contract.',
      expected: [
        { speaker: null, text: 'Subject: Renewal' },
        { speaker: null, text: 'Next Steps: send the contract.' },
      ],
    },
    {
      name: 'hard-wrapped paragraph is joined, blank line separates',
      input: 'The team reviewed the opportunity and agreed on\nthe pilot scope.\n\nSecond paragraph.',
      expected: [
        { speaker: null, text: 'The team reviewed the opportunity and agreed on the pilot scope.' },
        { speaker: null, text: 'Second paragraph.' },
      ],
    },
    {
      name: 'bullets become their own segments',
      input: '- Budget approved\n- Legal review pending',
      expected: [
        { speaker: null, text: 'Budget approved' },
        { speaker: null, text: 'Legal review pending' },
      ],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.deepEqual(splitSegments(input), expected));
  }
});

describe('analyze', () => {
  it('keeps the speaker on each sentence and strips the prefix from its text', () => {
    const sentences = analyze(DISCOVERY_CALL);
    const first = sentences[0]!;
    assert.equal(first.speaker, 'Anna Keller');
    assert.equal(first.text, 'Hi Mark, thanks for making the time today.');
    const split = sentences.filter((s) => s.segment === 2);
    assert.deepEqual(
      split.map((s) => s.text),
      [
        'Great.',
        'To start, could you walk me through how your sales team at Northwind Logistics tracks deals today?',
      ],
    );
    assert.ok(sentences.every((s) => !/^\[\d/.test(s.text)));
  });

  it('lemmatises content words and drops stop words', () => {
    const [sentence] = analyze("I'll send the revised proposals by Friday.");
    assert.deepEqual(sentence!.content, ['send', 'revised', 'proposal', 'friday']);
  });

  it('numbers sentences in document order across paragraphs', () => {
    const sentences = analyze(MEETING_NOTES);
    assert.deepEqual(
      sentences.map((s) => s.index),
      sentences.map((_, i) => i),
    );
    assert.ok(sentences.every((s) => s.speaker === null));
  });

  it('tokenises without speaker handling', () => {
    assert.deepEqual(
      tokenize('Anna: hi').map((t) => t.value),
      ['Anna', ':', 'hi'],
    );
  });
});
