/**
 * Agents in a real browser against a real server with only the local engine: a call's transcript
 * fires the call follow-up agent; its tasks are created, its deal comment waits in the approvals
 * inbox (badge in the navigation); the user edits and approves it and it appears on the deal once;
 * the run's trace and the agents' kill switch. Leaves screenshots.
 */
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server.js';
import { type apiSession, browserSteps, startBrowserApp } from './browser-harness.js';

const ADMIN = { email: 'ava@example.test', name: 'Ava Agent', password: 'correct horse battery' };
const TRANSCRIPT = [
  'Ava: Thanks for joining, Dana. Where did we land on the rollout?',
  'Dana: We agreed to start the pilot with two depots in January.',
  'Ava: Great. I will send the revised order form by Friday.',
  'Dana: I will ask our legal team to review the data processing agreement next week.',
].join('\n');

describe('agents in the browser', () => {
  let app: Awaited<ReturnType<typeof startBrowserApp>>;
  let server: RunningServer;
  let page: Page;
  let api: Awaited<ReturnType<typeof apiSession>>;
  let pageErrors: string[];
  let dealId: string;

  before(async () => {
    app = await startBrowserApp(ADMIN);
    ({ server, page, pageErrors, api } = app);
    await api('/ai/consent/terms', { version: 1 });
    dealId = (await api('/deals', { title: 'Acme rollout', amount: '20000', currency: 'EUR' })).id;
    const call = await api('/calls', { subject: 'Rollout call', direction: 'outbound', dealId });
    await api(`/calls/${call.id}/transcript`, { text: TRANSCRIPT }, 'PUT');
  });
  after(async () => {
    await app?.close();
  });

  const { shot, step } = browserSteps('agents', () => ({ page, pageErrors }));

  step('the proposal waits in the inbox, with a badge in the navigation', async () => {
    await page.goto(`${server.url}/agents`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/agents/);
    const card = page.getByTestId('approval').first();
    for (let i = 0; i < 60 && !(await card.isVisible()); i++) {
      await page.waitForTimeout(500);
      if (i % 6 === 5) await page.reload();
    }
    await card.waitFor();
    assert.match((await card.textContent()) ?? '', /Comment on the deal/);
    await page.getByLabel(/approvals waiting/).waitFor();
    await shot('agents-inbox.png');
  });

  step('edit and approve: the comment appears on the deal once, with its AI label', async () => {
    const card = page.getByTestId('approval').first();
    await card.getByRole('button', { name: 'Edit' }).click();
    await card
      .getByRole('textbox')
      .fill('Call summary: pilot with two depots in January; order form by Friday.');
    await card.getByRole('button', { name: 'Approve edited' }).click();
    await page.getByText('Nothing to approve').waitFor();
    await page.goto(`${server.url}/deals/${dealId}`);
    const comment = page.getByText('Call summary: pilot with two depots in January; order form by Friday.');
    await comment.waitFor();
    assert.equal(await comment.count(), 1);
    await shot('agents-approved-comment.png');
  });

  step('the run trace and the kill switch', async () => {
    await page.goto(`${server.url}/agents`);
    await page.getByRole('tab', { name: 'Runs' }).click();
    await page.getByTestId('run-row').first().click();
    const trace = page.getByTestId('run-trace');
    await trace.waitFor();
    const text = (await trace.textContent()) ?? '';
    assert.match(text, /Summarised the call/);
    assert.match(text, /Create task/);
    assert.match(text, /Approved by Ava Agent/, 'the trace says who approved the comment');
    await shot('agents-run-trace.png');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Agents' }).click();
    await page.getByRole('button', { name: 'Pause all agents' }).click();
    await page.getByRole('button', { name: 'Switch all agents on' }).waitFor();
    await shot('agents-list.png');
    assert.deepEqual(pageErrors, []);
  });
});
