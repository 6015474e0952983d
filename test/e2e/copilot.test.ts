/**
 * CoPilot in a real browser against a real server with only the local engine: accept the AI terms
 * when asked, see a deal's brief with its AI label, accept two auto-filled fields from a call, and
 * shorten a comment in the editor — the posted comment keeps its AI label. Leaves screenshots.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { createAccount } from '../../src/workspace/accounts/create-account.js';
import { apiSession, buildWebIfStale, launchBrowser, ROOT } from './browser-harness.js';

const ADMIN = { email: 'casey@example.test', name: 'Casey Copilot', password: 'correct horse battery' };
const LONG_COMMENT =
  'Quick recap of where we are with Northwind. Anna confirmed that the budget was approved by their CFO last week. ' +
  'Legal still has to review the data processing agreement, which usually takes two weeks. ' +
  'The weather in Hamburg was grey but the coffee was excellent. ' +
  'We agreed that I send the revised quote with the volume discount on Monday. ' +
  'Tom from IT will finish the security questionnaire by Friday.';

describe('CoPilot in the browser', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let dealId: string;
  const foreign: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    buildWebIfStale();
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-e2e-copilot-'));
    const config = loadConfig({
      DATABASE_URL: database.url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      COHELM_SEED_DEMO: 'false',
      COHELM_DATA_DIR: dataDir,
    });
    server = await startServer(config, () => {});
    await createAccount(server.store.db, { name: 'Northwind Traders', admin: ADMIN });
    const api = await apiSession(server.url, ADMIN.email, ADMIN.password);
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
    ({ browser, page } = await launchBrowser());
    const origin = new URL(server.url).origin;
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
        foreign.push(req.url());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const evidence = async (err: unknown) => {
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page
      .screenshot({ path: path.join(ROOT, 'test-results', 'e2e-copilot-failure.png'), fullPage: true })
      .catch(() => {});
    throw Object.assign(err as Error, { pageUrl: page.url(), pageErrors });
  };
  const shot = async (name: string) => {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    fs.mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', name), fullPage: true });
  };

  test('brief with an AI label, auto-fill of two fields, shorten in the comment editor', {
    timeout: 180_000,
  }, async () => {
    try {
      await page.goto(`${server.url}/deals/${dealId}`);
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel(/^Password/).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/deals\//);

      // First use: the terms are asked for, then the brief is prepared.
      await page.getByRole('button', { name: 'Accept the AI terms' }).click();
      const brief = page.getByTestId('hint-deal_brief');
      await brief.getByTestId('ai-label').waitFor({ timeout: 30_000 });
      assert.match((await brief.textContent()) ?? '', /Northwind renewal/);
      assert.match((await brief.textContent()) ?? '', /Next step/);

      // Auto-fill from the call: review, keep two fields, accept.
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

      // Shorten a comment with CoPilot, replace the text, post it: the comment keeps its AI label.
      await page.getByLabel('Comment', { exact: true }).fill(LONG_COMMENT);
      await page.getByRole('button', { name: 'CoPilot', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Shorten' }).click();
      const suggestion = page.getByLabel('CoPilot suggestion');
      await suggestion.getByTestId('ai-label').waitFor();
      const shortened = (await suggestion.getByTestId('copilot-preview').textContent()) ?? '';
      assert.ok(shortened.length > 20 && shortened.length < LONG_COMMENT.length, `shorter: ${shortened}`);
      await suggestion.getByRole('button', { name: 'Replace' }).click();
      assert.equal(await page.getByLabel('Comment', { exact: true }).inputValue(), shortened);
      await page.getByRole('button', { name: 'Comment', exact: true }).click();
      const posted = page
        .getByTestId('deal-activity')
        .locator('div')
        .filter({ hasText: shortened.slice(0, 40) })
        .last();
      await posted.waitFor();
      const stored = await server.store.pool.query(
        "select ai_content_id from messages where entity_id = $1 and kind = 'comment' order by created_at desc limit 1",
        [dealId],
      );
      assert.ok(stored.rows[0]?.ai_content_id, 'the comment row keeps the AI content id');
      await shot('copilot-deal.png');

      await page.goto(`${server.url}/settings`);
      await page.getByRole('tab', { name: 'CoPilot' }).click();
      await page.getByText('Pre-prompts').waitFor();
      await page.getByRole('button', { name: 'New pre-prompt' }).click();
      await page.getByLabel('Template').fill('Recap {orignal_message}');
      await page.getByText('Line 1, column 7').waitFor();
      await shot('copilot-settings.png');

      await page.getByRole('link', { name: 'Insights' }).click();
      await page.getByText('Highlights').waitFor();
      await page.getByText(/1 open deal worth 52,000 EUR/).waitFor();
      await shot('copilot-insights.png');

      assert.deepEqual(foreign, [], 'the page requested nothing outside the Cohelm server');
      assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    } catch (err) {
      await evidence(err);
    }
  });
});
