import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPLAINT_MESSAGE } from './fixtures.js';
import { type ReplyIntent, suggestReply } from './suggest-reply.js';

describe('suggestReply: the complaint', () => {
  const r = suggestReply(COMPLAINT_MESSAGE, {
    authorName: 'Daniel Roth',
    senderName: 'Sofia Lindqvist',
    dealTitle: 'Nordhaus rollout',
  });

  it('apologises, quotes the asks and promises only to look into it', () => {
    assert.equal(r.intent, 'complaint');
    assert.equal(
      r.text,
      [
        'Hi Daniel,',
        '',
        "I'm sorry to hear about this, and thank you for telling us.",
        '',
        '> Can you tell me when the transcription backlog will be cleared?',
        '> Could you check whether the lost notes can be restored?',
        '> We need this fixed before our review meeting on Friday, otherwise it will be hard to recommend the rollout.',
        '',
        "I'm looking into it now and will update you as soon as I know more.",
        '',
        'Best regards,',
        'Sofia Lindqvist',
      ].join('\n'),
    );
  });

  it('invents no commitment: no dates, amounts or fixes promised', () => {
    const own = r.text.split('\n').filter((l) => !l.startsWith('>'));
    assert.ok(
      !own.some((l) => /\b(?:by|on) (?:Monday|Friday|tomorrow)|\d|will be (?:fixed|restored)/i.test(l)),
      own.join('\n'),
    );
  });
});

describe('suggestReply: intent per message', () => {
  const cases: { input: string; intent: ReplyIntent; has: string[] }[] = [
    {
      input:
        'Hi Sofia, does the Call Analytics add-on include German transcription? And is there an API for exporting notes?',
      intent: 'question',
      has: [
        '> Does the Call Analytics add-on include German transcription?',
        '> Is there an API for exporting notes?',
        "I'll check and come back to you",
      ],
    },
    {
      input: 'Please send the signed order form to our procurement team by Friday.',
      intent: 'request',
      has: ['> Please send the signed order form to our procurement team by Friday.', "I'll take care of it"],
    },
    {
      input: 'Thanks a lot for the quick demo yesterday, the team loved it!',
      intent: 'thanks',
      has: ["You're welcome"],
    },
    {
      input: 'Just so you know, our board meeting moved to December 3.',
      intent: 'info',
      has: ['Thanks for the update on Nordhaus rollout.'],
    },
    {
      input: 'This is unacceptable. The export has been broken for a week.',
      intent: 'complaint',
      has: ["I'm sorry to hear about this"],
    },
  ];
  for (const c of cases)
    it(`${c.intent}: ${c.input.slice(0, 50)}`, () => {
      const r = suggestReply(c.input, { dealTitle: 'Nordhaus rollout' });
      assert.equal(r.intent, c.intent);
      for (const part of c.has) assert.ok(r.text.includes(part), `reply has "${part}":\n${r.text}`);
      assert.ok(
        r.text.startsWith('Hi,\n\n') && r.text.endsWith('Best regards'),
        `greeting and sign-off:\n${r.text}`,
      );
    });
});
