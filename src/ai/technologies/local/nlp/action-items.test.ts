import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ActionItem, extractActionItems } from './action-items.js';
import { DISCOVERY_CALL, MEETING_NOTES, REFERENCE_DATE, SUPPORT_EMAIL } from './fixtures.js';

type Expected = Pick<ActionItem, 'owner' | 'action' | 'due'>;

const brief = (items: ActionItem[]): Expected[] =>
  items.map(({ owner, action, due }) => ({ owner, action, due }));
const extract = (text: string) => brief(extractActionItems(text, { referenceDate: REFERENCE_DATE }));

describe('extractActionItems: one sentence per case', () => {
  const cases: { input: string; expected: Expected[] }[] = [
    {
      input: "Anna: I'll send the revised proposal by Friday.",
      expected: [{ owner: 'Anna', action: 'send the revised proposal', due: '2026-11-27' }],
    },
    {
      input: 'Mark: I will loop in Priya so she can review the numbers.',
      expected: [{ owner: 'Mark', action: 'loop in Priya', due: null }],
    },
    {
      input: 'Mark: We need to confirm the pilot users by December 4.',
      expected: [{ owner: 'Mark', action: 'confirm the pilot users', due: '2026-12-04' }],
    },
    {
      input: 'We need to confirm the pilot users.',
      expected: [{ owner: null, action: 'confirm the pilot users', due: null }],
    },
    {
      input: "Let's schedule a demo next Friday.",
      expected: [{ owner: null, action: 'schedule a demo', due: '2026-12-04' }],
    },
    {
      input: 'Tom will draft the SSO plan by end of the week.',
      expected: [{ owner: 'Tom', action: 'draft the SSO plan', due: '2026-11-27' }],
    },
    {
      input: 'Action items: Lukas to update the forecast by Monday.',
      expected: [{ owner: 'Lukas', action: 'update the forecast', due: '2026-11-30' }],
    },
    {
      input: 'Action item: update the pricing page.',
      expected: [{ owner: null, action: 'update the pricing page', due: null }],
    },
    {
      input: 'Please share the pilot timeline before next Thursday.',
      expected: [{ owner: null, action: 'share the pilot timeline', due: '2026-12-03' }],
    },
    {
      input: 'Mark, can you send me the security questionnaire?',
      expected: [{ owner: 'Mark', action: 'send me the security questionnaire', due: null }],
    },
    {
      input: 'Mark: Can you send the SOC 2 report tomorrow?\nAnna: Sure.',
      expected: [{ owner: 'Anna', action: 'send the SOC 2 report', due: '2026-11-26' }],
    },
    {
      input: 'Next step is for Priya to sign the order form on December 15.',
      expected: [{ owner: 'Priya', action: 'sign the order form', due: '2026-12-15' }],
    },
    {
      input: 'Follow up with legal on the DPA by EOD.',
      expected: [{ owner: null, action: 'follow up with legal on the DPA', due: '2026-11-25' }],
    },
    {
      input: 'Contract signed by December 18.',
      expected: [{ owner: null, action: 'contract signed', due: '2026-12-18' }],
    },
    {
      input: "Anna: I'll send the deck and Tom will set up the sandbox tomorrow.",
      expected: [
        { owner: 'Anna', action: 'send the deck', due: null },
        { owner: 'Tom', action: 'set up the sandbox', due: '2026-11-26' },
      ],
    },
    { input: "Anna: I'll be honest, the timeline is tight.", expected: [] },
    { input: 'Mark: When would you need the team to be live?', expected: [] },
    { input: 'Anna: Could you walk me through your process?', expected: [] },
    { input: 'Tom will want the SSO details.', expected: [] },
    { input: 'The budget was approved last month.', expected: [] },
  ];
  for (const { input, expected } of cases) {
    it(input, () => assert.deepEqual(extract(input), expected));
  }
});

describe('extractActionItems: fixtures', () => {
  it('finds every commitment in the discovery call with owner and due date', () => {
    assert.deepEqual(extract(DISCOVERY_CALL), [
      { owner: 'Anna Keller', action: 'send the completed security questionnaire', due: '2026-11-26' },
      { owner: 'Anna Keller', action: 'send the revised proposal', due: '2026-11-27' },
      { owner: 'Mark Davis', action: 'loop in Priya', due: null },
      { owner: 'Mark Davis', action: 'confirm the list of pilot users', due: '2026-12-04' },
      { owner: null, action: 'schedule a technical deep dive with your IT lead', due: '2026-12-04' },
      { owner: 'Mark Davis', action: 'forward him the invite', due: null },
      { owner: 'Anna Keller', action: 'ask our solutions engineer to prepare a short demo', due: null },
      { owner: 'Anna Keller', action: 'email you a recap', due: '2026-11-25' },
    ]);
  });

  it('keeps the words the due date came from and the source sentence', () => {
    const proposal = extractActionItems(DISCOVERY_CALL, { referenceDate: REFERENCE_DATE })[1]!;
    assert.equal(proposal.dueText, 'Friday');
    assert.equal(
      proposal.sentence,
      "I'll send the revised proposal by Friday, with pricing for the pilot and the annual plan.",
    );
  });

  it('reads the action items of meeting notes', () => {
    assert.deepEqual(extract(MEETING_NOTES), [
      { owner: 'Lukas', action: 'update the forecast in the CRM', due: '2026-11-30' },
      { owner: 'Tom', action: 'draft the SSO integration plan', due: '2026-12-09' },
      { owner: 'Priya', action: 'send the signed budget memo to procurement', due: null },
      { owner: null, action: 'share the updated pilot timeline with the customer', due: '2026-12-03' },
      { owner: null, action: 'a joint workshop with the customer', due: '2026-12-15' },
    ]);
  });

  it('turns the request in a support email into an unowned item', () => {
    assert.deepEqual(extract(SUPPORT_EMAIL), [
      { owner: null, action: 'look into this urgently and let me know when a fix is expected', due: null },
    ]);
  });

  it('merges a request with the answer that commits to it', () => {
    const text =
      "Mark: Can you send over the security questionnaire?\nAnna: Yes, I'll send the security questionnaire tomorrow.";
    assert.deepEqual(extract(text), [
      { owner: 'Anna', action: 'send the security questionnaire', due: '2026-11-26' },
    ]);
  });
});
