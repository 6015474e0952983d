import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checklistItems } from './checklist-items.js';
import { MESSY_TASK } from './fixtures.js';
import { taskChecklist } from './task-checklist.js';

describe('taskChecklist: fixtures', () => {
  it('a messy task: a clean description and the actions it contains, in order', () => {
    const r = taskChecklist(MESSY_TASK);
    assert.equal(
      r.description,
      'We need to get the renewal ready before Dec 12. Pull the usage numbers from last quarter and compare them with the contract seats, some seats are unused. Also check with finance whether the invoice from October was paid. Draft the renewal quote. Book a call with priya and her COO. Send the quote and update the close date in the CRM once they confirm.',
    );
    assert.deepEqual(r.checklist, [
      'Get the renewal ready before Dec 12',
      'Pull the usage numbers from last quarter',
      'Compare them with the contract seats',
      'Check with finance whether the invoice from October was paid',
      'Draft the renewal quote',
      'Book a call with priya and her COO',
      'Send the quote',
      'Update the close date in the CRM once they confirm',
    ]);
  });

  it('a task with nothing to do in it gets an empty checklist, not a generic one', () => {
    const r = taskChecklist(
      'Brightline renewal\n\nthe customer was happy with the pilot overall. pricing seemed fine to them.',
    );
    assert.deepEqual(r, {
      description: 'The customer was happy with the pilot overall. Pricing seemed fine to them.',
      checklist: [],
    });
  });

  it('a title alone is its own description', () => {
    const r = taskChecklist('send the signed DPA to legal');
    assert.deepEqual(r, {
      description: 'Send the signed DPA to legal.',
      checklist: ['Send the signed DPA to legal'],
    });
  });

  it('never more than eight items', () => {
    const many = Array.from({ length: 12 }, (_, i) => `- call customer number ${i + 1}`).join('\n');
    assert.equal(taskChecklist(`Calls\n\n${many}`).checklist.length, 8);
  });
});

describe('checklistItems: one note per case', () => {
  const cases: { input: string; expected: string[] }[] = [
    {
      input: 'We need to send the contract and book the kickoff; then update the forecast.',
      expected: ['Send the contract', 'Book the kickoff', 'Update the forecast'],
    },
    {
      input: '1. review the DPA\n2) sign the order form',
      expected: ['Review the DPA', 'Sign the order form'],
    },
    { input: "Don't forget to invite Tom to the demo.", expected: ['Invite Tom to the demo'] },
    {
      input: 'Please prepare the pricing sheet for the CFO.',
      expected: ['Prepare the pricing sheet for the CFO'],
    },
    { input: "So basically i'll email the recap on monday.", expected: ['Email the recap on Monday'] },
    { input: 'Tom and Priya joined the call.', expected: [] },
    { input: 'Can we send the quote?', expected: [] },
    { input: 'Meeting went well. Everyone liked the demo.', expected: [] },
    { input: '- send the quote\n- Send the quote.', expected: ['Send the quote'] },
  ];
  for (const { input, expected } of cases) it(input, () => assert.deepEqual(checklistItems(input), expected));
});
