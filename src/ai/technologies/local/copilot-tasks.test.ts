import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TASK_OUTPUT_SCHEMAS } from '../../tasks/task-outputs.js';
import type { TaskSpec } from '../../technology.js';
import { assertError, assertWellFormed, collect, textOf } from '../../testing/technology-contract.js';
import { LOCAL_TECHNOLOGY_ID, localTechnology } from './index.js';
import {
  COMPLAINT_MESSAGE,
  MESSY_TASK,
  NEGOTIATION_CALL,
  STALE_DEAL_FACTS,
  STALE_DEAL_TIMELINE,
} from './nlp/copilot/fixtures.js';

const tech = localTechnology.create({
  id: LOCAL_TECHNOLOGY_ID,
  kind: 'local',
  name: 'Local engine',
  baseUrl: null,
  apiKey: null,
  models: [],
  defaultModel: null,
  connectTimeoutMs: 0,
});
const referenceDate = '2026-11-25T10:00:00Z';

const run = (task: TaskSpec) =>
  collect(tech, { task: { ...task, options: { referenceDate, ...task.options } } });

describe('local engine: the CoPilot tasks through the stream', () => {
  const cases: TaskSpec[] = [
    { task: 'deal_brief', input: STALE_DEAL_TIMELINE, options: { facts: STALE_DEAL_FACTS } },
    { task: 'task_checklist', input: MESSY_TASK },
    { task: 'talking_points', input: STALE_DEAL_TIMELINE, options: { facts: STALE_DEAL_FACTS } },
    { task: 'call_summary', input: NEGOTIATION_CALL },
    { task: 'suggest_reply', input: COMPLAINT_MESSAGE, options: { facts: { authorName: 'Daniel Roth' } } },
    { task: 'edit_text', input: COMPLAINT_MESSAGE, options: { action: 'shorten' } },
    { task: 'edit_text', input: 'i recieved teh PO', options: { action: 'fix_grammar' } },
    { task: 'edit_text', input: "We can't!!", options: { action: 'change_tone', tone: 'formal' } },
    { task: 'edit_text', input: MESSY_TASK, options: { action: 'checklist' } },
    { task: 'edit_text', input: COMPLAINT_MESSAGE, options: { action: 'summarize' } },
    {
      task: 'crm_autofill',
      input: NEGOTIATION_CALL,
      options: { facts: { contacts: [{ id: 'c3', name: 'Helena Brandt' }], products: ['Sales Cloud'] } },
    },
  ];
  for (const spec of cases)
    it(`${spec.task}${spec.options?.action ? ` (${spec.options.action})` : ''}: the output has the task's shape`, async () => {
      const parts = await run(spec);
      const last = assertWellFormed(parts);
      assert.equal(last.type, 'finish', JSON.stringify(last));
      if (last.type !== 'finish') return;
      const parsed = TASK_OUTPUT_SCHEMAS[spec.task].safeParse(last.output);
      assert.ok(parsed.success, `${spec.task} output: ${JSON.stringify(parsed.error?.issues)}`);
      assert.ok(textOf(parts).trim().length > 0, 'a readable text is streamed');
      assert.equal(last.costUsd, 0);
    });

  it('edit_text: the output text is the streamed text', async () => {
    const parts = await run({
      task: 'edit_text',
      input: 'teh demo is on friday',
      options: { action: 'fix_grammar' },
    });
    const last = assertWellFormed(parts);
    assert.ok(last.type === 'finish', JSON.stringify(last));
    assert.deepEqual(last.output, { text: 'The demo is on Friday.', action: 'fix_grammar' });
    assert.equal(textOf(parts), 'The demo is on Friday.');
  });

  const refused: { name: string; options: TaskSpec['options'] }[] = [
    { name: 'translate', options: { action: 'translate', language: 'German' } },
    { name: 'rewrite', options: { action: 'rewrite' } },
    { name: 'expand', options: { action: 'expand' } },
    { name: 'a friendly tone', options: { action: 'change_tone', tone: 'friendly' } },
    { name: 'no action at all', options: {} },
  ];
  for (const r of refused)
    it(`edit_text refuses ${r.name} with capability_unsupported, naming what is needed`, async () => {
      const parts = await run({
        task: 'edit_text',
        input: 'We cannot attend on Friday.',
        options: r.options,
      });
      assertError(parts, 'capability_unsupported');
      const last = parts.at(-1);
      assert.ok(
        last?.type === 'error' && /generative AI technology \(an LLM\)/.test(last.error.message),
        JSON.stringify(last),
      );
      assert.ok(last?.type === 'error' && !last.error.retryable, 'not retryable on the same engine');
    });

  it('deal_brief with no facts and the title as its only text still answers', async () => {
    const parts = await run({ task: 'deal_brief', input: 'Acme renewal' });
    const last = assertWellFormed(parts);
    assert.ok(last.type === 'finish', JSON.stringify(last));
    const out = TASK_OUTPUT_SCHEMAS.deal_brief.parse(last.output);
    assert.equal(out.nextStep, 'Schedule the next conversation with the customer');
  });
});
