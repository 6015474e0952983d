/** What the browser suites share: a fresh web build, Debian's Chromium, an API session for fixtures. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import { createTestDatabase } from '../../src/testing/test-database.js';
import { createAccount } from '../../src/workspace/accounts/create-account.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const WEB = path.join(ROOT, 'web');
const DIST_INDEX = path.join(WEB, 'dist', 'index.html');
export const CHROMIUM = '/usr/bin/chromium';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it was never built or its sources changed since (a stale build tests old code). */
export function buildWebIfStale(): void {
  const sources = Math.max(
    newestSource(path.join(WEB, 'src')),
    fs.statSync(path.join(WEB, 'index.html')).mtimeMs,
    fs.statSync(path.join(WEB, 'vite.config.ts')).mtimeMs,
  );
  if (fs.existsSync(DIST_INDEX) && fs.statSync(DIST_INDEX).mtimeMs >= sources) return;
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** Signs in over HTTP and returns a function that POSTs JSON as that user (for fixtures). */
export async function apiSession(base: string, email: string, password: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (url: string, body: unknown, method = 'POST') => {
    const res = await fetch(`${base}/api${url}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    assert.ok(res.status < 300, await res.clone().text());
    return (await res.json()) as { id: string };
  };
}

/** Debian's Chromium, headless, with nothing that would reach the internet. */
export async function launchBrowser(extraArgs: string[] = []): Promise<{ browser: Browser; page: Page }> {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 1200 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { browser, page };
}

/**
 * A server on its own test database with one account, and a browser page that records every request
 * leaving for another origin, the API calls it made and its uncaught errors. `close` undoes it all.
 */
export async function startBrowserApp(
  admin: { email: string; name: string; password: string },
  opts: { browserArgs?: string[] } = {},
) {
  buildWebIfStale();
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-e2e-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    PORT: '0',
    LOG_LEVEL: 'silent',
    COHELM_SEED_DEMO: 'false',
    COHELM_DATA_DIR: dataDir,
  });
  const server = await startServer(config, () => {});
  await createAccount(server.store.db, { name: 'Northwind Traders', admin });
  const api = await apiSession(server.url, admin.email, admin.password);
  const { browser, page } = await launchBrowser(opts.browserArgs);
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const apiCalls: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(req.url());
    else if (url.pathname.startsWith('/api/')) apiCalls.push(`${req.method()} ${url.pathname}`);
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    server,
    api,
    browser,
    page,
    foreign,
    pageErrors,
    apiCalls,
    async close() {
      await browser.close();
      await server.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The steps of a browser suite: one session across them. A failing step leaves a full-page
 * screenshot in test-results/ and carries the page's URL and uncaught errors; `shot` saves a
 * documentation screenshot in docs/screenshots/ (scrolled to the top, without toasts).
 */
export function browserSteps(
  suite: string,
  session: () => { page: Page; pageErrors: string[] },
  timeout = 120_000,
) {
  let steps = 0;
  const shot = async (name: string) => {
    const { page } = session();
    await page.mouse.move(0, 0);
    // A full-page shot of a scrolled page draws the fixed header and navigation mid-page.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    fs.mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
    // Toasts of the steps before would cover the page; hidden for the picture only.
    await page.screenshot({
      path: path.join(ROOT, 'docs', 'screenshots', name),
      fullPage: true,
      style: '.mantine-Notifications-root { display: none !important; }',
    });
  };
  const step = (name: string, fn: () => Promise<void>) =>
    test(name, { timeout }, async () => {
      steps++;
      try {
        await fn();
      } catch (err) {
        const { page, pageErrors } = session();
        fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
        const file = path.join(ROOT, 'test-results', `e2e-${suite}-failure-${steps}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        throw Object.assign(err as Error, { pageUrl: page.url(), pageErrors });
      }
    });
  return { shot, step };
}
