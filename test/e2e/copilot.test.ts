/**
 * CoPilot in a real browser against a real server with only the local engine: accept the AI terms
 * when asked, see a deal's brief with its AI label, accept two auto-filled fields from a call, shorten
 * a comment in the editor (the posted comment keeps its AI label), share feedback, look at the deal's
 * health, chat about the deal, check a template, and read the insights and the admins' CoPilot page.
 * Leaves screenshots.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server.js';
import { type apiSession, browserSteps, startBrowserApp } from './browser-harness.js';

const ADMIN = { email: 'casey@example.test', name: 'Casey Copilot', password: 'correct horse battery' };
const LONG_COMMENT =
  'Quick recap of where we are with Northwind. Anna confirmed that the budget was approved by their CFO last week. ' +
  'Legal still has to review the data processing agreement, which usually takes two weeks. ' +
  'The weather in Hamburg was grey but the coffee was excellent. ' +
  'We agreed that I send the revised quote with the volume discount on Monday. ' +
  'Tom from IT will finish the security questionnaire by Friday.';

describe('CoPilot in the browser', () => {
  let app: Awaited<ReturnType<typeof startBrowserApp>>;
  let server: RunningServer;
  let page: Page;
  let dealId: string;
  let api: Awaited<ReturnType<typeof apiSession>>;
  let foreign: string[];
  let pageErrors: string[];

  before(async () => {
    app = await startBrowserApp(ADMIN);
    ({ server, page, foreign, pageErrors, api } = app);
    dealId = (await api('/deals', { title: 'Northwind renewal', amount: '30000', currency: 'EUR' })).id;
    for (const body of [
      'Intro call with Anna Keller, head of operations. They run 40 support agents on spreadsheets.',
      'Northwind is also evaluating a competitor, but they liked our reporting.',
      'Anna asked whether onboarding can start in January.',
    ])
      await api(`/deals/${dealId}/messages`, { body });
    const call = await api('/calls', { subject: 'Pricing call', direction: 'outbound', dealId });
    await api(
      `/calls/${call.id}/transcript`,
      {
        text: 'Anna: The total contract value is 52,000 EUR per year. We plan to sign by December 15, 2026. Next step is a security review with Tom.',
      },
      'PUT',
    );
  });

  after(async () => {
    await app?.close();
  });

  const { shot, step } = browserSteps('copilot', () => ({ page, pageErrors }));

  step('sign in, accept the AI terms when asked, and see the brief with its AI label', async () => {
    await page.goto(`${server.url}/deals/${dealId}`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/deals\//);

    await page.getByText('Accept the AI terms to see CoPilot hints').waitFor({ timeout: 60_000 }); // the first hint also loads the local engine's models, maybe beside CPU-heavy speech tests
    await page.getByRole('button', { name: 'Accept the AI terms' }).click();
    const brief = page.getByTestId('hint-deal_brief');
    await brief.getByTestId('ai-label').waitFor({ timeout: 30_000 });
    const text = (await brief.textContent()) ?? '';
    assert.match(text, /Northwind renewal/);
    assert.match(text, /Next step/);
    assert.match(
      (await brief.getByTestId('ai-label-text').textContent()) ?? '',
      /AI-generated/,
      'the content label is spelled out beside the badge',
    );
  });

  step('auto-fill two fields from a call transcript', async () => {
    await page.getByRole('combobox', { name: 'Read from' }).click();
    await page.getByRole('option', { name: 'Call: Pricing call' }).click();
    await page.getByRole('button', { name: 'Propose fields' }).click();
    const review = page.getByLabel('Proposed fields');
    await review.getByRole('checkbox', { name: 'Accept Amount' }).waitFor();
    for (const box of await review.getByRole('checkbox').all()) {
      const name = (await box.getAttribute('aria-label')) ?? '';
      if (!['Accept Amount', 'Accept Expected close date'].includes(name)) await box.uncheck();
    }
    assert.match((await review.textContent()) ?? '', /52,000 EUR per year/, 'the source sentence is shown');
    await page.getByRole('button', { name: 'Accept selected' }).click();
    await page.getByTestId('deal-amount').filter({ hasText: '52,000' }).waitFor();
    const row = await server.store.pool.query(
      'select amount, expected_close_date::text as close from deals where id = $1',
      [dealId],
    );
    assert.deepEqual(row.rows[0], { amount: '52000.00', close: '2026-12-15' });
  });

  step('shorten a comment with CoPilot, insert it, post it: the comment keeps its AI label', async () => {
    const box = page.getByLabel('Comment', { exact: true });
    await box.fill(LONG_COMMENT);
    await page.getByRole('button', { name: 'CoPilot', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Shorten' }).click();
    const suggestion = page.getByLabel('CoPilot suggestion');
    await suggestion.getByTestId('ai-label').waitFor();
    const shortened = (await suggestion.getByTestId('copilot-preview').textContent()) ?? '';
    assert.ok(shortened.length > 20 && shortened.length < LONG_COMMENT.length, `shorter: ${shortened}`);
    await suggestion.getByRole('button', { name: 'Insert' }).click();
    assert.equal(await box.inputValue(), `${LONG_COMMENT}\n\n${shortened}`, 'inserted after the text');
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/deals/${dealId}/messages`),
    );
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    assert.equal((await saved).status(), 201, 'the comment was saved');
    await page
      .getByTestId('deal-activity')
      .locator('div')
      .filter({ hasText: shortened.slice(0, 40) })
      .filter({ has: page.getByTestId('ai-label') })
      .last()
      .waitFor();
    const stored = await server.store.pool.query(
      "select ai_content_id from messages where entity_id = $1 and kind = 'comment' order by created_at desc limit 1",
      [dealId],
    );
    assert.ok(stored.rows[0]?.ai_content_id, 'the comment row keeps the AI content id');
    await shot('copilot-deal.png');
  });

  step('rate the brief down and share it with the admins, explicitly', async () => {
    const brief = page.getByTestId('hint-deal_brief');
    await brief.getByRole('button', { name: 'Not helpful' }).click();
    await page.getByLabel('What was wrong?').fill('The brief misses the security review date');
    await page.getByLabel(/Share this interaction with your admins/).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Thanks — shared with your admins').waitFor();
  });

  step('the deal health and a chat about the deal', async () => {
    const panel = page.getByRole('region', { name: 'CoPilot' });
    await panel.getByRole('tab', { name: 'Health' }).click();
    await page.getByTestId('deal-health').waitFor({ timeout: 30_000 });
    await page.getByRole('img', { name: 'Activity per week and sentiment' }).waitFor();

    await panel.getByRole('tab', { name: 'Chat' }).click();
    await page.getByText('No chats yet').waitFor();
    await page.getByLabel('Message CoPilot').fill('Summarize this deal for me');
    await page.getByRole('button', { name: 'Send to CoPilot' }).click();
    await page.getByLabel('CoPilot answered').getByTestId('ai-label').waitFor({ timeout: 30_000 });
    assert.match((await page.getByLabel('You said').first().textContent()) ?? '', /Summarize this deal/);
    await shot('copilot-chat.png');
  });

  step('a task: the checklist CoPilot suggests goes into the task', async () => {
    const task = await api('/tasks', {
      title: 'Prepare the security review',
      description:
        'First collect the security questionnaire from Tom. Then book a call with Anna about onboarding. Finally send the data processing agreement to legal.',
      dealId,
    });
    await page.goto(`${server.url}/tasks/${task.id}`);
    const hint = page.getByTestId('hint-task_checklist');
    await hint.getByTestId('ai-label').waitFor({ timeout: 30_000 });
    await hint.getByRole('button', { name: 'Add to checklist' }).click();
    await page.getByText('Added to the checklist').waitFor();
    const row = await server.store.pool.query(
      'select jsonb_array_length(checklist) as items from tasks where id = $1',
      [task.id],
    );
    assert.ok(row.rows[0].items > 0, 'the suggested steps are on the checklist');
    await shot('copilot-task.png');
  });

  step('a call: its summary, and tasks from its action items', async () => {
    const call = await api('/calls', { subject: 'Security review call', direction: 'outbound', dealId });
    await api(`/calls/${call.id}/start`, {});
    await api(
      `/calls/${call.id}/transcript`,
      {
        text: 'Anna: We agreed that onboarding starts in January. Tom will send the security questionnaire by Friday. Casey will send the revised quote on Monday.',
      },
      'PUT',
    );
    await api(`/calls/${call.id}/end`, {});
    await page.goto(`${server.url}/calls/${call.id}`);
    const summary = page.getByTestId('hint-call_summary');
    await summary.getByTestId('ai-label').waitFor({ timeout: 30_000 });
    const count = async () =>
      Number(
        (await server.store.pool.query('select count(*)::int as n from tasks where deal_id = $1', [dealId]))
          .rows[0].n,
      );
    const before = await count();
    await summary.getByRole('button', { name: 'Create tasks from action items' }).click();
    await summary.getByRole('button', { name: 'Tasks created' }).waitFor();
    assert.ok((await count()) > before, 'the action items became tasks on the deal');
    await shot('copilot-call.png');
  });

  step('settings: the template is checked as you type, with line and column', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('tab', { name: 'CoPilot' }).click();
    await page.getByRole('heading', { name: 'Pre-prompts' }).waitFor();
    await page.getByRole('button', { name: 'New pre-prompt' }).click();
    await page.getByLabel('Template').fill('Recap {orignal_message}');
    await page.getByText('Line 1, column 7').waitFor();
    await page.getByLabel('Where the template is wrong').waitFor();
    await shot('copilot-settings.png');
  });

  step("insights for everyone, and the admins' CoPilot page", async () => {
    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await page.getByText('Highlights').waitFor();
    await page.getByText(/1 open deal worth 52,000 EUR/).waitFor();
    await shot('copilot-insights.png');

    await page.getByRole('link', { name: 'CoPilot', exact: true }).click();
    const byPreprompt = page.getByLabel('Acceptance by pre-prompt');
    await byPreprompt
      .getByText(/Shorten/)
      .first()
      .waitFor();
    await page.getByRole('img', { name: 'Accepted, edited and discarded answers' }).first().waitFor();
    await page
      .getByLabel('Shared interactions')
      .getByText('The brief misses the security review date')
      .waitFor();
    await shot('copilot-admin.png');
  });

  test('the pages requested nothing outside the server and threw no errors', () => {
    assert.deepEqual(foreign, [], 'the page requested nothing outside the Cohelm server');
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  });
});
