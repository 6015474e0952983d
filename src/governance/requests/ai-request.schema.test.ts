import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AiRequestIn } from './ai-request.schema.js';

const request = (task: Record<string, unknown>) => ({
  surface: 'deal',
  task: { input: 'Some text.', ...task },
});

describe('AiRequestIn: task options', () => {
  const cases: { name: string; task: Record<string, unknown>; error?: { path: string; message: RegExp } }[] =
    [
      {
        name: 'a deal brief with facts',
        task: { task: 'deal_brief', options: { facts: { title: 'Acme' } } },
      },
      { name: 'a checklist', task: { task: 'task_checklist' } },
      { name: 'talking points', task: { task: 'talking_points' } },
      { name: 'a call summary', task: { task: 'call_summary' } },
      { name: 'a reply', task: { task: 'suggest_reply', options: { facts: { authorName: 'Daniel' } } } },
      {
        name: 'auto-fill',
        task: { task: 'crm_autofill', options: { facts: { products: ['Sales Cloud'] } } },
      },
      { name: 'shorten', task: { task: 'edit_text', options: { action: 'shorten' } } },
      {
        name: 'a formal tone',
        task: { task: 'edit_text', options: { action: 'change_tone', tone: 'formal' } },
      },
      {
        name: 'translate to German',
        task: { task: 'edit_text', options: { action: 'translate', language: 'German' } },
      },
      {
        name: 'edit_text without an action',
        task: { task: 'edit_text' },
        error: { path: 'task.options.action', message: /needs an action/ },
      },
      {
        name: 'an unknown action',
        task: { task: 'edit_text', options: { action: 'poem' } },
        error: { path: 'task.options.action', message: /Invalid option/ },
      },
      {
        name: 'change_tone without a tone',
        task: { task: 'edit_text', options: { action: 'change_tone' } },
        error: { path: 'task.options.tone', message: /needs a tone/ },
      },
      {
        name: 'an unknown tone',
        task: { task: 'edit_text', options: { action: 'change_tone', tone: 'sarcastic' } },
        error: { path: 'task.options.tone', message: /Invalid option/ },
      },
      {
        name: 'translate without a language',
        task: { task: 'edit_text', options: { action: 'translate' } },
        error: { path: 'task.options.language', message: /needs a language/ },
      },
      {
        name: 'translate to a blank language',
        task: { task: 'edit_text', options: { action: 'translate', language: '  ' } },
        error: { path: 'task.options.language', message: /too small|at least/i },
      },
      {
        name: 'fill_template without a template',
        task: { task: 'fill_template' },
        error: { path: 'task.options.template', message: /needs a template/ },
      },
      {
        name: 'classify without labels',
        task: { task: 'classify', options: { labels: [] } },
        error: { path: 'task.options.labels', message: /at least one label/ },
      },
      {
        name: 'facts that are not an object',
        task: { task: 'deal_brief', options: { facts: ['x'] } },
        error: { path: 'task.options.facts', message: /expected record|Invalid input/i },
      },
    ];
  for (const c of cases)
    it(c.name, () => {
      const r = AiRequestIn.safeParse(request(c.task));
      if (!c.error) {
        assert.ok(r.success, JSON.stringify(r.error?.issues));
        return;
      }
      assert.ok(!r.success, `${c.name} is refused`);
      const issue = r.error.issues.find((i) => i.path.join('.') === c.error!.path);
      assert.ok(issue, `an issue at ${c.error.path}: ${JSON.stringify(r.error.issues)}`);
      assert.match(issue.message, c.error.message);
    });
});
