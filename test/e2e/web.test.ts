/**
 * The web app in a real browser (Debian's Chromium) against a real server: sign in, create a deal,
 * open it, move its stage, comment, and check what the database stored. Also checks that the page
 * talks to nobody but the server it came from, and leaves a screenshot of the deal page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startProtocolServer } from '../../src/ai/testing/protocol-server.js';
import type { RunningServer } from '../../src/server.js';
import { type apiSession, ROOT, startBrowserApp } from './browser-harness.js';

const ADMIN = { email: 'erin@example.test', name: 'Erin Example', password: 'correct horse battery' };

describe('web app in a browser', () => {
  let app: Awaited<ReturnType<typeof startBrowserApp>>;
  let server: RunningServer;
  let page: Page;
  let foreign: string[];
  let pageErrors: string[];
  let apiCalls: string[];
  let createViaApi: Awaited<ReturnType<typeof apiSession>>;

  before(async () => {
    app = await startBrowserApp(ADMIN);
    ({ server, page, foreign, pageErrors, apiCalls, api: createViaApi } = app);
    await createViaApi('/companies', { name: 'Acme Corp', industry: 'Manufacturing' });
  });

  after(async () => {
    await app?.close();
  });

  const signIn = async (password: string, email = ADMIN.email) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  /** On failure, a screenshot and the page's URL say where the browser was. */
  const withEvidence = (fn: () => Promise<void>) => async () => {
    try {
      await fn();
    } catch (err) {
      fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
      await page
        .screenshot({ path: path.join(ROOT, 'test-results', 'e2e-failure.png'), fullPage: true })
        .catch(() => {});
      throw Object.assign(err as Error, { pageUrl: page.url(), pageErrors, apiCalls });
    }
  };

  test(
    'sign in, create a deal, move its stage and comment on its timeline',
    { timeout: 180_000 },
    withEvidence(async () => {
      // Signed out, the app sends you to the login page; a wrong password says so.
      await page.goto(`${server.url}/deals`);
      await page.waitForURL(/\/login\?next=%2Fdeals$/);
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel(/^Password/).fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'The email or password is incorrect' }).waitFor();

      await signIn(ADMIN.password);
      await page.waitForURL(/\/deals$/);
      await page.getByTestId('account-name').filter({ hasText: 'Northwind Traders' }).waitFor();
      await page.getByText('No deals yet').waitFor();

      // Create a deal; the form refuses an empty title before asking the server.
      await page.getByRole('button', { name: 'New deal' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New deal' });
      await dialog.getByRole('button', { name: 'Create deal' }).click();
      await dialog.getByText('Give the deal a title').waitFor();
      const title = 'Acme — 50 seats annual';
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('Amount').fill('12500');
      await dialog.getByLabel('Company').click();
      await dialog.getByLabel('Company').fill('Acme');
      await page.getByRole('option', { name: 'Acme Corp' }).click();
      await dialog.getByRole('button', { name: 'Create deal' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.getByRole('row').filter({ hasText: title });
      await row.waitFor();
      assert.match((await row.textContent()) ?? '', /\$12,500\.00/);
      assert.match((await row.textContent()) ?? '', /New/);

      // Open it: the page tells the server it was opened.
      await row.getByRole('link', { name: title }).click();
      await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
      const dealId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('link', { name: 'Acme Corp' }).first().waitFor();

      // Move it to Proposal with the stage path.
      const stages = page.getByRole('group', { name: 'Stage' });
      await stages.getByRole('button', { name: 'Proposal' }).click();
      await stages.getByRole('button', { name: 'Proposal', pressed: true }).waitFor();
      const timeline = page.getByTestId('timeline');
      await timeline.getByText('Stage changed from New to Proposal').waitFor();

      // Comment; it shows on the timeline under my name, after the stage note (newest last).
      const comment = 'Called Jane: they want a two-week pilot before signing.';
      await page.getByRole('textbox', { name: 'Comment' }).fill(comment);
      await page.getByRole('button', { name: 'Comment', exact: true }).click();
      const item = timeline.getByTestId('timeline-comment').filter({ hasText: comment });
      await item.waitFor();
      await item.getByText(ADMIN.name).waitFor();
      await page.getByRole('textbox', { name: 'Comment' }).and(page.locator(':placeholder-shown')).waitFor();
      const text = (await timeline.textContent()) ?? '';
      assert.ok(text.indexOf('Stage changed from New to Proposal') < text.indexOf(comment), text);

      // What the database holds.
      const { pool } = server.store;
      const deal = await pool.query(
        `select d.title, d.amount, d.version, s.key as stage, c.name as company
         from deals d join pipeline_stages s on s.id = d.stage_id left join companies c on c.id = d.company_id
        where d.id = $1`,
        [dealId],
      );
      assert.deepEqual(deal.rows[0], {
        title,
        amount: '12500.00',
        version: 2,
        stage: 'proposal',
        company: 'Acme Corp',
      });
      const messages = await pool.query(
        `select m.kind, m.body, u.name as author from messages m left join users u on u.id = m.author_id
        where m.entity_type = 'deal' and m.entity_id = $1 order by m.created_at`,
        [dealId],
      );
      assert.deepEqual(
        messages.rows.map((m) => [m.kind, m.body, m.author]),
        [
          ['system', 'Stage changed from New to Proposal', ADMIN.name],
          ['comment', comment, ADMIN.name],
        ],
      );
      const opened = await pool.query(
        `select count(*)::int as n from events where type = 'deal.opened' and entity_id = $1`,
        [dealId],
      );
      assert.ok(opened.rows[0].n >= 1, 'opening the deal page records deal.opened');
      assert.ok(apiCalls.includes(`POST /api/deals/${dealId}/open`));

      // A clean screenshot: no hover, and the toasts gone (they close by themselves a few seconds on).
      await page.mouse.move(0, 0);
      await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
      const shot = path.join(ROOT, 'test-results', 'deal-page.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot });
      fs.mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
      fs.copyFileSync(shot, path.join(ROOT, 'docs', 'screenshots', 'deal-page.png'));

      // The pipeline board shows the deal in its column, with the column's total.
      await page.getByRole('link', { name: 'Deals' }).first().click();
      await page.locator('label').filter({ hasText: 'Pipeline' }).click();
      await page.waitForURL(/view=board/);
      const column = page.getByLabel('Proposal column');
      await column.getByRole('link', { name: title }).waitFor();
      assert.equal(await page.getByTestId('stage-total-proposal').textContent(), '$12,500.00');
      await page.screenshot({ path: path.join(ROOT, 'test-results', 'pipeline-board.png'), fullPage: true });

      // Signing out ends the session: the app is back at the login page.
      await page.getByRole('button', { name: 'User menu' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login(\?|$)/);

      assert.deepEqual(foreign, [], 'the page requested nothing outside the Cohelm server');
      assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    }),
  );

  test(
    'contacts, tasks, calls and the feed',
    { timeout: 180_000 },
    withEvidence(async () => {
      const deal = await createViaApi('/deals', { title: 'Globex pilot', amount: '4800', currency: 'EUR' });
      await page.goto(`${server.url}/contacts`);
      await page.waitForURL(/\/login\?next=%2Fcontacts$/);
      await signIn(ADMIN.password);
      await page.waitForURL(/\/contacts$/);

      // A contact: the form checks the email before the server does.
      await page.getByRole('button', { name: 'New contact' }).first().click();
      const contactForm = page.getByRole('dialog', { name: 'New contact' });
      await contactForm.getByLabel('First name').fill('Robert');
      await contactForm.getByLabel('Last name').fill('Fox');
      await contactForm.getByLabel('Email').fill('robert@fox');
      await contactForm.getByRole('button', { name: 'Create contact' }).click();
      await contactForm.getByText('Enter a valid email address').waitFor();
      await contactForm.getByLabel('Email').fill('robert@fox.example');
      await contactForm.getByRole('button', { name: 'Create contact' }).click();
      await contactForm.waitFor({ state: 'hidden' });
      await page.getByRole('row').filter({ hasText: 'robert@fox.example' }).getByText('Robert Fox').click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Robert Fox' }).waitFor();
      await page.keyboard.press('Escape');

      // A task on the deal, ticked off from the deal page.
      await page.goto(`${server.url}/deals/${deal.id}`);
      await page.getByRole('button', { name: 'Add task' }).click();
      const taskForm = page.getByRole('dialog', { name: 'New task' });
      await taskForm.getByLabel('Title').fill('Send the pilot plan');
      await taskForm.getByRole('button', { name: 'Create task' }).click();
      await taskForm.waitFor({ state: 'hidden' });
      await page.getByRole('checkbox', { name: 'Mark Send the pilot plan done' }).click();
      await page.getByRole('checkbox', { name: 'Reopen Send the pilot plan' }).waitFor();
      const { pool } = server.store;
      const task = await pool.query('select status, deal_id from tasks where title = $1', [
        'Send the pilot plan',
      ]);
      assert.deepEqual(task.rows, [{ status: 'done', deal_id: deal.id }]);
      await page.goto(`${server.url}/tasks?status=done`);
      await page.getByRole('row').filter({ hasText: 'Send the pilot plan' }).waitFor();

      // A call logged from the deal opens its own page.
      await page.goto(`${server.url}/deals/${deal.id}`);
      await page.getByRole('button', { name: 'Log call' }).click();
      const callForm = page.getByRole('dialog', { name: 'Log a call' });
      await callForm.getByLabel('Subject').fill('Pilot scoping');
      await callForm.getByRole('button', { name: 'Add participant' }).click();
      await callForm.getByLabel('Participant name').fill('Wade Warren');
      await callForm.getByRole('button', { name: 'Log call' }).click();
      await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Pilot scoping' }).waitFor();
      await page.getByText('Wade Warren').waitFor();
      const call = await pool.query('select deal_id, status, participants from calls where subject = $1', [
        'Pilot scoping',
      ]);
      assert.deepEqual(call.rows, [
        { deal_id: deal.id, status: 'ended', participants: [{ name: 'Wade Warren' }] },
      ]);

      // A feed post: an empty one is refused, a real one shows at the top.
      await page.getByRole('link', { name: 'Feed' }).click();
      await page.getByRole('button', { name: 'Post', exact: true }).click();
      await page.getByText('Write something to post').waitFor();
      await page.getByLabel('Post', { exact: true }).fill('Pilot with Globex starts Monday.');
      await page.getByRole('button', { name: 'Post', exact: true }).click();
      await page
        .getByRole('article')
        .filter({ hasText: 'Pilot with Globex starts Monday.' })
        .getByText(ADMIN.name)
        .waitFor();

      // Throttled sign-in says so, and how long to wait.
      await page.getByRole('button', { name: 'User menu' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login(\?|$)/);
      // Until the throttle says so (attempts from this address earlier in the run count too).
      const throttled = page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts' });
      for (let i = 0; i < 8 && !(await throttled.isVisible()); i++) {
        const answered = page
          .waitForResponse((r) => r.url().endsWith('/api/auth/login'), { timeout: 5000 })
          .catch(() => null);
        await signIn('wrong password', 'mallory@example.test');
        await answered;
        // The answer is either a refusal (the button comes back) or the throttle (an alert, button off).
        await throttled
          .or(page.getByRole('button', { name: 'Sign in', disabled: false }))
          .first()
          .waitFor();
      }
      await page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts' }).waitFor();
      assert.match(
        (await page.getByRole('alert').filter({ hasText: 'Too many' }).textContent()) ?? '',
        /Try again in \d+/,
      );
      assert.equal(await page.getByRole('button', { name: 'Sign in' }).isDisabled(), true);

      assert.deepEqual(foreign, [], 'the page requested nothing outside the Cohelm server');
      assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    }),
  );
  test(
    'settings: an API key shown once that works until revoked, and adding a person',
    { timeout: 120_000 },
    withEvidence(async () => {
      await page.goto(`${server.url}/settings`);
      await page.waitForURL(/\/login\?next=%2Fsettings$/);
      await signIn(ADMIN.password);
      await page.waitForURL(/\/settings$/);
      await page.getByRole('tab', { name: 'API keys' }).click();
      await page.getByLabel('New API key').fill('Zapier');
      await page.getByRole('button', { name: 'Create key' }).click();
      const shown = page.getByRole('dialog', { name: 'Your new API key' });
      await shown.waitFor();
      const key = ((await shown.locator('pre').textContent()) ?? '').trim();
      assert.match(key, /^chk_/);
      const call = () => fetch(`${server.url}/api/deals`, { headers: { authorization: `Bearer ${key}` } });
      assert.equal((await call()).status, 200, 'the new key works');
      await page.keyboard.press('Escape');
      await page
        .getByRole('row')
        .filter({ hasText: 'Zapier' })
        .getByRole('button', { name: 'Revoke' })
        .click();
      await page.getByRole('row').filter({ hasText: 'Zapier' }).getByText('revoked').waitFor();
      assert.equal((await call()).status, 401, 'a revoked key stops working');

      await page.getByRole('tab', { name: 'People' }).click();
      await page.getByRole('button', { name: 'Add person' }).click();
      const form = page.getByRole('dialog', { name: 'Add a person' });
      await form.getByLabel('Name').fill('Nora Newcomer');
      await form.getByLabel('Email').fill('nora@example.test');
      await form.getByLabel(/^First password/).fill('a good first password');
      await form.getByRole('button', { name: 'Add' }).click();
      await form.waitFor({ state: 'hidden' });
      await page.getByRole('row').filter({ hasText: 'nora@example.test' }).waitFor();
      const stored = await server.store.pool.query(
        "select role, blocked from users where email = 'nora@example.test'",
      );
      assert.deepEqual(stored.rows, [{ role: 'user', blocked: false }]);
      await page.screenshot({ path: path.join(ROOT, 'test-results', 'settings-people.png') });
      assert.deepEqual(foreign, [], 'the page requested nothing outside the Cohelm server');
      assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    }),
  );
  test(
    'AI technologies: connect a model server after a failed test, route a surface to it, pick it as a user',
    { timeout: 180_000 },
    withEvidence(async () => {
      const models = await startProtocolServer({ apiKey: 'e2e-model-key' });
      try {
        await page.goto(`${server.url}/ai`);
        if (page.url().includes('/login')) {
          await signIn(ADMIN.password);
          await page.waitForURL(/\/ai$/);
        }
        await page.getByTestId('technology-local').waitFor();
        await page.getByText('Only the built-in offline engine is connected').waitFor();

        await page.getByRole('button', { name: 'Connect AI technology' }).click();
        const dialog = page.getByRole('dialog', { name: 'Connect an AI technology' });
        await dialog.getByLabel('Name').fill('Team vLLM');
        await dialog.getByLabel('Base URL').fill(models.url);
        await dialog.getByLabel('API key').fill('a-wrong-key');
        await dialog.getByRole('button', { name: 'Test and connect' }).click();
        await dialog.getByText('ai_auth_failed', { exact: false }).waitFor();
        await dialog.getByLabel('API key').fill('e2e-model-key');
        await dialog.getByRole('button', { name: 'Fetch models' }).click();
        await dialog.getByText(/Answered in \d+ ms with 3 models/).waitFor();
        await page.screenshot({ path: path.join(ROOT, 'test-results', 'ai-connect.png') });
        await dialog.getByRole('checkbox').check();
        await dialog.getByRole('button', { name: 'Test and connect' }).click();
        await dialog.waitFor({ state: 'hidden' });
        const card = page.getByTestId('technology-Team vLLM');
        await card.getByText('Accepted by Erin Example').waitFor();
        const stored = await server.store.pool.query(
          "select id, api_key_encrypted from ai_technologies where name = 'Team vLLM'",
        );
        assert.equal(stored.rows.length, 1);
        assert.doesNotMatch(stored.rows[0].api_key_encrypted, /e2e-model-key/);
        const techId = stored.rows[0].id as string;

        // Route Deals to it: allow it, make it the default, save.
        const deal = page.getByTestId('surface-deal');
        await deal.getByLabel('Users may choose').click({ force: true });
        await page.getByRole('option', { name: 'Team vLLM' }).click();
        await page.keyboard.press('Escape');
        await deal.getByLabel('Default technology').click();
        await page.getByRole('option', { name: 'Team vLLM' }).click();
        await deal.getByRole('button', { name: 'Save' }).click();
        await page.getByText('Deals: saved.').waitFor();
        const surface = await server.store.pool.query(
          "select default_technology_id, allowed_technology_ids from ai_surface_settings where surface = 'deal'",
        );
        assert.deepEqual(surface.rows, [
          { default_technology_id: techId, allowed_technology_ids: ['local', techId] },
        ]);

        // Before a first request: accept the AI terms and acknowledge where requests go (Settings → AI).
        await page.goto(`${server.url}/settings`);
        await page.getByRole('tab', { name: 'AI' }).click();
        await page.getByRole('button', { name: 'Accept the AI terms' }).click();
        await page.getByText('Accepted (version 1)').waitFor();
        await page
          .getByText(/Team vLLM · This network/)
          .first()
          .waitFor();
        await page.getByRole('button', { name: 'Acknowledge for Team vLLM' }).click();
        await page.getByText('Acknowledged').waitFor();
        await page.screenshot({ path: path.join(ROOT, 'test-results', 'settings-ai.png'), fullPage: true });
        const consents = await server.store.pool.query('select kind from ai_consents order by kind');
        assert.deepEqual(consents.rows, [{ kind: 'ai_terms' }, { kind: 'data_transfer' }]);
        await page.goto(`${server.url}/ai`);

        // A request on Deals now goes to the model server; its card shows it.
        const answer = await page.evaluate(async () => {
          const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
          const res = await fetch('/api/ai/requests', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
            body: JSON.stringify({
              surface: 'deal',
              messages: [{ role: 'user', content: 'Hello from the deal page' }],
            }),
          });
          return (await res.json()) as { technologyId: string; text: string; label: string };
        });
        assert.equal(answer.technologyId, techId, JSON.stringify(answer));
        assert.equal(answer.text, 'Echo: Hello from the deal page');
        assert.match(answer.label, /AI-generated by Cohelm/);
        await page.reload();
        await page.getByTestId('technology-Team vLLM').getByText('Healthy').waitFor();
        await page.mouse.move(0, 0);
        await page.waitForTimeout(300);
        const shot = path.join(ROOT, 'test-results', 'ai-technologies.png');
        await page.screenshot({ path: shot, fullPage: true });
        fs.copyFileSync(shot, path.join(ROOT, 'docs', 'screenshots', 'ai-technologies.png'));

        // Governance: usage with its chart, the audit ledger verified.
        await page.goto(`${server.url}/governance`);
        await page.getByText('AI Tools are on for this account').waitFor();
        await page.getByRole('tab', { name: 'Usage' }).click();
        await page.getByTestId('usage-chart').locator('.recharts-bar-rectangle').first().waitFor();
        await page.screenshot({
          path: path.join(ROOT, 'test-results', 'governance-usage.png'),
          fullPage: true,
        });
        await page.getByRole('tab', { name: 'Audit ledger' }).click();
        await page.getByRole('button', { name: 'Verify the chain' }).click();
        await page.getByText('The chain is intact').waitFor();
        await page.getByText('technology connected').first().waitFor();
        const auditShot = path.join(ROOT, 'test-results', 'governance-audit.png');
        await page.screenshot({ path: auditShot, fullPage: true });
        fs.copyFileSync(auditShot, path.join(ROOT, 'docs', 'screenshots', 'governance-audit.png'));
        await page.getByRole('tab', { name: 'People and access' }).click();
        await page.getByRole('combobox', { name: 'Who' }).click();
        await page.getByRole('option', { name: 'Nora Newcomer' }).click();
        await page.getByRole('button', { name: 'Turn AI off' }).click();
        await page
          .getByRole('row')
          .filter({ hasText: 'Nora Newcomer' })
          .filter({ hasText: 'Every surface' })
          .waitFor();
        const restricted = await server.store.pool.query('select surface from ai_restrictions');
        assert.deepEqual(restricted.rows, [{ surface: null }]);
        await page.goto(`${server.url}/ai`);

        // Edit: another default model, tested before it is saved.
        await page.getByTestId('technology-Team vLLM').getByRole('button', { name: 'Edit' }).click();
        const edit = page.getByRole('dialog', { name: 'Edit Team vLLM' });
        await edit.getByRole('combobox', { name: 'Default model' }).click();
        await page.getByRole('option', { name: 'gpt-test-mini' }).click();
        await edit.getByRole('button', { name: 'Save' }).click();
        await edit.waitFor({ state: 'hidden' });
        await page
          .getByTestId('technology-Team vLLM')
          .getByText(/gpt-test-mini/)
          .waitFor();
        const edited = await server.store.pool.query(
          'select default_model from ai_technologies where id = $1',
          [techId],
        );
        assert.deepEqual(edited.rows, [{ default_model: 'gpt-test-mini' }]);

        // A user's own choice, under Settings → AI.
        await page.goto(`${server.url}/settings`);
        await page.getByRole('tab', { name: 'AI' }).click();
        await page.getByRole('combobox', { name: 'AI technology for Deals' }).click();
        const saved = page.waitForResponse(
          (r) => r.url().includes('/api/ai/my-choices/deal') && r.request().method() === 'PUT',
        );
        await page.getByRole('option', { name: /Cohelm local engine/ }).click();
        assert.equal((await saved).status(), 200);
        const pick = await server.store.pool.query(
          "select technology_id from ai_user_preferences where surface = 'deal'",
        );
        assert.deepEqual(pick.rows, [{ technology_id: 'local' }]);
        assert.deepEqual(foreign, [], 'the page requested nothing outside the Cohelm server');
        assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
      } finally {
        await models.close();
      }
    }),
  );
});
