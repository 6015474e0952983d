import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AI_TASKS, type AiTask, EDIT_ACTIONS, type TaskSpec } from '../technology.js';
import { parseTaskAnswer, promptForTask } from './prompt-for-task.js';
import { PROSE_TASKS, TASK_OUTPUT_SCHEMAS } from './task-outputs.js';

const COPILOT_TASKS = [
  'deal_brief',
  'task_checklist',
  'talking_points',
  'call_summary',
  'suggest_reply',
  'edit_text',
  'crm_autofill',
] as const satisfies readonly AiTask[];

const systemOf = (spec: TaskSpec) => promptForTask(spec).messages[0]!.content;

describe('promptForTask', () => {
  for (const task of AI_TASKS)
    it(`${task}: a system prompt, the input as the user turn, a JSON schema unless prose`, () => {
      const p = promptForTask({ task, input: 'The text.', options: { action: 'shorten' } });
      assert.equal(p.messages.length, 2);
      assert.equal(p.messages[1]?.content, 'The text.');
      assert.equal(Boolean(p.jsonSchema), !PROSE_TASKS.has(task), `schema for ${task}`);
      assert.ok(
        systemOf({ task, input: '' }).endsWith(
          PROSE_TASKS.has(task)
            ? 'Answer with the result only.'
            : 'Answer with JSON only, matching the given schema.',
        ),
        systemOf({ task, input: '' }),
      );
    });

  it('edit_text is prose with one instruction per action', () => {
    const prompts = EDIT_ACTIONS.map((action) =>
      systemOf({ task: 'edit_text', input: 'x', options: { action } }),
    );
    assert.equal(new Set(prompts).size, EDIT_ACTIONS.length, 'each action has its own instruction');
    assert.match(
      systemOf({ task: 'edit_text', input: 'x', options: { action: 'translate', language: 'German' } }),
      /Translate the text into German/,
    );
    assert.match(
      systemOf({ task: 'edit_text', input: 'x', options: { action: 'change_tone', tone: 'empathetic' } }),
      /Rewrite the text in an empathetic tone/,
    );
  });

  it('deal facts, reply context and auto-fill definitions reach the model', () => {
    const facts = {
      title: 'Nordhaus rollout',
      customFields: [{ key: 'seats', label: 'Seats', type: 'number' }],
    };
    for (const task of ['deal_brief', 'talking_points', 'suggest_reply', 'crm_autofill'] as const)
      assert.ok(
        systemOf({ task, input: 'x', options: { facts } }).includes('"title":"Nordhaus rollout"'),
        `${task} prompt carries the facts`,
      );
    assert.ok(
      systemOf({ task: 'crm_autofill', input: 'x', options: { facts } }).includes('copied exactly'),
      'verbatim',
    );
  });

  it('gives the reference date for relative dates', () => {
    assert.ok(
      systemOf({
        task: 'call_summary',
        input: 'x',
        options: { referenceDate: '2026-11-25T10:00:00Z' },
      }).includes('Today is 2026-11-25.'),
      'today',
    );
  });
});

describe('parseTaskAnswer: the CoPilot tasks', () => {
  const valid: Record<(typeof COPILOT_TASKS)[number], unknown> = {
    deal_brief: {
      summary: 'Negotiation stage, 48,000 EUR.',
      openTasks: ['Send the DPA'],
      risks: ['Legal review pending'],
      nextStep: 'Send the order form',
      sentiment: { score: 0.4, label: 'positive' },
    },
    task_checklist: {
      description: 'Prepare the renewal.',
      checklist: ['Pull usage numbers', 'Draft the quote'],
    },
    talking_points: {
      points: ['Confirm the budget', 'Ask about the legal review', 'Agree the go-live date'],
    },
    call_summary: {
      summary: 'Pricing agreed.',
      agreements: ['Two-year contract at 48,000 EUR per year'],
      actionItems: [
        {
          owner: 'Sofia',
          action: 'send the order form',
          due: '2026-11-27',
          dueText: 'Friday',
          sentence: 'x',
        },
      ],
      sentiment: { score: 0.5, label: 'positive' },
      topic: 'renewal, order form',
      followUp: { text: 'Sofia: Let us meet again on Friday.', when: '2026-11-27' },
      speakers: [{ speaker: 'Sofia', sentiment: { score: 0.5, label: 'positive' } }],
    },
    suggest_reply: {
      text: 'Hi Daniel, …',
      intent: 'complaint',
      sentiment: { score: -0.4, label: 'negative' },
    },
    edit_text: { text: 'ignored', action: 'shorten' },
    crm_autofill: {
      fields: [{ field: 'amount', value: 48000, sourceSentence: 'x', confidence: 0.9 }],
      contactRoles: [{ contactName: 'Helena Brandt', role: 'CFO', sourceSentence: 'y' }],
    },
  };

  for (const task of COPILOT_TASKS.filter((t) => !PROSE_TASKS.has(t))) {
    it(`${task}: a fenced JSON answer in the right shape is accepted`, () => {
      const r = parseTaskAnswer({ task, input: 'x' }, `\`\`\`json\n${JSON.stringify(valid[task])}\n\`\`\``);
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual(r.output, TASK_OUTPUT_SCHEMAS[task].parse(valid[task]));
    });
    it(`${task}: a wrong shape is refused with the path`, () => {
      const r = parseTaskAnswer({ task, input: 'x' }, JSON.stringify({ nope: true }));
      assert.ok(!r.ok && /wrong shape/.test(r.reason), JSON.stringify(r));
    });
  }

  it('suggest_reply: an unknown intent is refused', () => {
    const r = parseTaskAnswer(
      { task: 'suggest_reply', input: 'x' },
      JSON.stringify({ ...(valid.suggest_reply as object), intent: 'sales_pitch' }),
    );
    assert.ok(!r.ok && r.reason.includes('intent'), JSON.stringify(r));
  });

  it('edit_text: the prose answer is the text, with the action asked for', () => {
    const r = parseTaskAnswer(
      { task: 'edit_text', input: 'x', options: { action: 'translate', language: 'German' } },
      '  Wir senden den Vertrag am Freitag.\n',
    );
    assert.deepEqual(r, {
      ok: true,
      output: { text: 'Wir senden den Vertrag am Freitag.', action: 'translate' },
    });
    assert.ok(
      TASK_OUTPUT_SCHEMAS.edit_text.safeParse(r.ok && r.output).success,
      'matches the edit_text schema',
    );
  });
});
