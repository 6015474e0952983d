import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillTemplate, followUpEmail } from './fill-template.js';
import { DISCOVERY_CALL, REFERENCE_DATE } from './fixtures.js';

describe('fillTemplate', () => {
  const facts = {
    contact: { name: 'Mark', company: { name: 'Northwind' } },
    deal: { amount: 48000, won: false, closes: new Date('2026-12-15T00:00:00Z') },
    people: ['Anna', 'Tom'],
    steps: [{ owner: 'Anna' }],
    empty: [],
    nothing: null,
    blank: '',
  };
  const cases: { template: string; expected: { text: string; missing: string[] } }[] = [
    { template: 'Hi {{contact.name}}!', expected: { text: 'Hi Mark!', missing: [] } },
    { template: '{{ contact.company.name }}', expected: { text: 'Northwind', missing: [] } },
    { template: '{{deal.amount}} {{deal.won}}', expected: { text: '48000 false', missing: [] } },
    { template: 'closes {{deal.closes}}', expected: { text: 'closes 2026-12-15', missing: [] } },
    { template: 'with {{people}}', expected: { text: 'with Anna, Tom', missing: [] } },
    { template: 'first {{people.1}}', expected: { text: 'first Tom', missing: [] } },
    { template: '{{steps.0.owner}}', expected: { text: 'Anna', missing: [] } },
    { template: '[{{blank}}]', expected: { text: '[]', missing: [] } },
    {
      template: '{{deal.stage}} {{contact}} {{empty}} {{nothing}} {{deal.stage}}',
      expected: {
        text: '[deal.stage] [contact] [empty] [nothing] [deal.stage]',
        missing: ['deal.stage', 'contact', 'empty', 'nothing'],
      },
    },
    {
      template: '{{constructor}} {{people.length}}',
      expected: { text: '[constructor] 2', missing: ['constructor'] },
    },
    { template: 'no placeholders {single}', expected: { text: 'no placeholders {single}', missing: [] } },
  ];
  for (const { template, expected } of cases) {
    it(template, () => assert.deepEqual(fillTemplate(template, facts), expected));
  }
});

describe('followUpEmail', () => {
  it('builds a recap, next steps with owners and dates, and open points from the call', () => {
    const email = followUpEmail({
      text: DISCOVERY_CALL,
      contactName: 'Mark',
      senderName: 'Anna Keller',
      referenceDate: REFERENCE_DATE,
    });
    assert.equal(email.subject, 'Follow-up and next steps');
    assert.ok(email.body.startsWith('Hi Mark,\n'));
    assert.ok(email.body.endsWith('Best regards,\nAnna Keller'));
    assert.ok(
      email.body.includes(
        "- Anna Keller: I'll send the revised proposal by Friday, with pricing for the pilot and the annual plan.",
      ),
    );
    assert.ok(email.body.includes('- Send the revised proposal (Anna Keller, due Friday, 2026-11-27)'));
    assert.ok(email.body.includes('- Loop in Priya (Mark Davis)'));
    assert.ok(
      email.body.includes(
        '- Schedule a technical deep dive with your IT lead (owner to be confirmed, due next Friday, 2026-12-04)',
      ),
    );
    assert.ok(email.body.includes('Open points we noted:\n- We also looked at Gong last quarter'));
    assert.ok(!email.body.includes('[')); // every placeholder was filled
  });

  it('leaves visible placeholders instead of inventing facts', () => {
    const email = followUpEmail({ text: 'Okay. Thanks!', referenceDate: REFERENCE_DATE });
    assert.equal(email.subject, 'Follow-up on our conversation');
    assert.match(email.body, /^Hi \[contactName\],/);
    assert.match(email.body, /\n\[recap\]\n/);
    assert.match(email.body, /Agreed next steps:\n\[nextSteps\]\n/);
    assert.match(email.body, /\[senderName\]$/);
    assert.ok(!email.body.includes('Open points'));
  });
});
