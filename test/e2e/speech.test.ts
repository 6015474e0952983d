/**
 * Speech in a real browser against a real server, offline: upload a stereo call recording and watch
 * it become a transcript by speaker, the overview, summary and insights, and the deal's auto-fill
 * review; correct the transcript and have CoPilot read it again; record a meeting from the
 * (Chromium's fake) microphone after confirming consent; read the speech engines on the admin page.
 * Leaves screenshots.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { startProtocolServer } from '../../src/ai/testing/protocol-server.js';
import type { RunningServer } from '../../src/server.js';
import { synthesizeCall } from '../../src/testing/synthesize-call.js';
import { type apiSession, browserSteps, startBrowserApp } from './browser-harness.js';

const ADMIN = { email: 'sam@example.test', name: 'Sam Speech', password: 'correct horse battery' };
const CALL = [
  { who: 'agent' as const, text: 'Hello, this is Sam from Northwind. Thank you for taking the time today.' },
  { who: 'customer' as const, text: 'Hi Sam. We would like a discount on the annual plan.' },
  { who: 'agent' as const, text: 'We agreed on a ten percent discount. I will send the contract on Friday.' },
  { who: 'customer' as const, text: 'Great. Let us meet again next week to sign.' },
];

describe('speech in the browser', () => {
  let app: Awaited<ReturnType<typeof startBrowserApp>>;
  let server: RunningServer;
  let page: Page;
  let api: Awaited<ReturnType<typeof apiSession>>;
  let pageErrors: string[];
  let foreign: string[];
  let callId: string;
  const recording = synthesizeCall(CALL);
  const microphone = synthesizeCall(CALL.slice(0, 2));

  before(async () => {
    app = await startBrowserApp(ADMIN, {
      browserArgs: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${microphone.file}`,
      ],
    });
    ({ server, page, pageErrors, foreign, api } = app);
    await api('/ai/consent/terms', { version: 1 });
    const deal = await api('/deals', { title: 'Northwind renewal', amount: '30000', currency: 'EUR' });
    callId = (
      await api('/calls', {
        subject: 'Renewal call',
        direction: 'outbound',
        dealId: deal.id,
        recordingConsent: true,
      })
    ).id;
  });
  after(async () => {
    await app?.close();
    for (const d of [recording.dir, microphone.dir]) fs.rmSync(d, { recursive: true, force: true });
  });

  const { shot, step } = browserSteps('speech', () => ({ page, pageErrors }), 180_000);

  step('upload a call recording and watch it become a transcript by speaker', async () => {
    await page.goto(`${server.url}/calls/${callId}`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/calls\//);
    await page.getByText(/No recording yet/).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload recording' }).click();
    await (await chooser).setFiles(recording.file);
    // The upload queues the transcription; the page follows it.
    await page.getByTestId('transcription-status').waitFor();
    const transcript = page.getByTestId('transcript');
    await transcript.waitFor({ timeout: 90_000 });
    const text = (await transcript.textContent()) ?? '';
    assert.match(text, /Agent/);
    assert.match(text, /Customer/);
    await page.getByTestId('call-follow-up').getByTestId('ai-label').first().waitFor();
    assert.match(
      (await page.getByTestId('call-follow-up').getByTestId('ai-label-text').textContent()) ?? '',
      /Transcribed by AI \(local\)/,
    );
    await shot('speech-transcript.png');
  });

  step('the overview, summary and insights of the call, each marked AI', async () => {
    const followUp = page.getByTestId('call-follow-up');
    await followUp.getByRole('tab', { name: 'Overview' }).click();
    await followUp.getByTestId('call-overview').waitFor({ timeout: 60_000 });
    assert.match((await followUp.textContent()) ?? '', /Follow-up meeting/);
    await followUp.getByTestId('ai-label').first().waitFor();
    await shot('speech-overview.png');
    await followUp.getByRole('tab', { name: 'Summary' }).click();
    await followUp.getByTestId('call-summary').waitFor();
    assert.match((await followUp.textContent()) ?? '', /Tone by speaker/);
    await followUp.getByRole('tab', { name: 'Insights' }).click();
    await followUp.getByTestId('call-insights').waitFor();
    const insights = (await followUp.textContent()) ?? '';
    assert.match(insights, /Talk ratio/);
    assert.match(insights, /Longest monologue/);
    await followUp.getByTestId('ai-label').first().waitFor();
    await shot('speech-insights.png');
  });

  step('the deal auto-fill proposal from the call waits for review', async () => {
    const review = page.getByTestId('call-autofill');
    await review.waitFor();
    await review.getByText('Review before anything is written').waitFor({ timeout: 60_000 });
    await review.getByRole('button', { name: 'Accept selected' }).waitFor();
    await review.scrollIntoViewIfNeeded();
    await shot('speech-autofill-review.png');
  });

  step('correct the transcript and have CoPilot read it again', async () => {
    const followUp = page.getByTestId('call-follow-up');
    await followUp.getByRole('tab', { name: 'Transcript' }).click();
    await followUp.getByRole('button', { name: 'Correct transcript' }).click();
    const first = page.getByTestId('transcript-editor').getByRole('textbox').first();
    await first.fill('Hello, this is Sam from Northwind. Thank you for taking the time today.');
    await page.getByRole('button', { name: 'Save transcript' }).click();
    await page.getByText('Transcript saved').waitFor();
    await page.getByRole('button', { name: 'Update summary and deal fields' }).click();
    await page
      .getByText(/CoPilot is updating the summary/)
      .first()
      .waitFor();
    const label = (await followUp.getByTestId('ai-label-text').textContent()) ?? '';
    assert.match(label, /corrected by Sam Speech/);
    assert.match((await page.getByTestId('transcript').textContent()) ?? '', /Sam from Northwind/);
  });

  step('record a meeting from the microphone after confirming consent', async () => {
    const meeting = await api('/calls', { subject: 'Onboarding meeting', direction: 'inbound' });
    await page.goto(`${server.url}/calls/${meeting.id}`);
    await page.getByRole('button', { name: 'Record in browser' }).click();
    const start = page.getByRole('button', { name: 'Start recording' });
    assert.ok(await start.isDisabled(), 'recording waits for the consent to be confirmed');
    await page.getByLabel('Every participant has agreed to be recorded').check();
    await start.click();
    await page.getByTestId('recording-live').waitFor();
    await page.waitForTimeout(4000);
    await page.getByRole('button', { name: 'Stop and upload' }).click();
    await page.getByTestId('transcription-status').waitFor({ timeout: 30_000 });
    await page.getByTestId('transcript').waitFor({ timeout: 90_000 });
    const words = ((await page.getByTestId('transcript').textContent()) ?? '').split(/\s+/).length;
    assert.ok(words > 3, `the recorded speech was transcribed (${words} words)`);
    await shot('speech-browser-recording.png');
  });

  step('with an OpenAI-compatible server set for calls, the upload is transcribed there', async () => {
    const whisper = await startProtocolServer();
    try {
      whisper.transcript = 'Thanks for the call. We agreed on a ten percent discount for the two year plan.';
      const tech = await api('/ai/technologies', {
        kind: 'openai-compatible',
        name: 'Whisper server',
        baseUrl: whisper.url,
        apiKey: 'test-key',
        region: 'EU',
        termsAccepted: true,
      });
      await api(
        '/ai/surfaces/call',
        {
          enabled: true,
          defaultTechnologyId: tech.id,
          allowedTechnologyIds: [tech.id, 'local'],
          fallbackTechnologyIds: [],
        },
        'PUT',
      );
      await api('/ai/consent/disclosures', { technologyId: tech.id });
      const call = await api('/calls', {
        subject: 'Call via Whisper',
        direction: 'outbound',
        recordingConsent: true,
      });
      await page.goto(`${server.url}/calls/${call.id}`);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Upload recording' }).click();
      await (await chooser).setFiles(recording.file);
      const transcript = page.getByTestId('transcript');
      await transcript.waitFor({ timeout: 60_000 });
      assert.match((await transcript.textContent()) ?? '', /ten percent discount for the two year plan/);
      assert.match(
        (await page.getByTestId('call-follow-up').getByTestId('ai-label-text').textContent()) ?? '',
        new RegExp(`Transcribed by AI \\(${tech.id}\\)`),
      );
      assert.ok(
        whisper.requests.some((r) => r.path === '/v1/audio/transcriptions'),
        'the recording went to the server',
      );
      await shot('speech-transcript-whisper.png');
    } finally {
      await api(
        '/ai/surfaces/call',
        {
          enabled: true,
          defaultTechnologyId: 'local',
          allowedTechnologyIds: ['local'],
          fallbackTechnologyIds: [],
        },
        'PUT',
      );
      await whisper.close();
    }
  });

  step('admins see the speech engines and their measured quality', async () => {
    await page.goto(`${server.url}/ai`);
    const panel = page.getByTestId('speech-engines');
    await panel.getByText('Offline engine (CMU PocketSphinx)').waitFor();
    const text = (await panel.textContent()) ?? '';
    assert.match(text, /Offline engine \(CMU PocketSphinx\)/);
    assert.match(text, /Installed/);
    await panel.scrollIntoViewIfNeeded();
    await shot('speech-engines.png');
    assert.deepEqual(foreign, [], 'nothing left for another origin');
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  });
});
