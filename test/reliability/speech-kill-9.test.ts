/**
 * kill -9 of `cohelm serve` in the middle of a transcription: after the restart the job is taken
 * over once its lease ends, carries on from the first chunk without a transcript (the chunks done
 * before the kill are not transcribed again) and completes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { readLock } from '../../src/store/data-lock.js';
import { embeddedUrl, freePort } from '../../src/store/embedded-postgres.js';
import { synthesizeCall } from '../../src/testing/synthesize-call.js';
import {
  exitOf,
  login,
  type ServerProcess,
  serve,
  stopOrphanedDatabase,
  waitHealthy,
} from './server-process.js';

const ADMIN = { email: 'speech-kill9@example.test', password: 'kill-nine-password' };
const LEASE = { COHELM_SPEECH_LEASE_SECONDS: '3' };
const LINES = [
  'Good morning, this is Anna from Northwind, thanks for joining the renewal call.',
  'Morning Anna, happy to be here. We reviewed the proposal last week.',
  'Great. The annual plan includes onboarding and the analytics module.',
  'We would like a discount if we sign for two years.',
  'I can offer ten percent for a two year contract.',
  'That sounds fair. Our finance team needs the order form by Friday.',
  'I will send the order form today and the security questionnaire tomorrow.',
  'Perfect. Let us meet again next Tuesday to sign.',
];

type Job = { status: string; chunksDone: number; chunksTotal: number; attempts: number };

describe('kill -9 during a transcription', { timeout: 300_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-speech-kill9-'));
  const audio = synthesizeCall(LINES.map((text, i) => ({ who: i % 2 ? 'customer' : 'agent', text })));
  let server: ServerProcess | undefined;
  after(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    stopOrphanedDatabase(dataDir);
    fs.rmSync(audio.dir, { recursive: true, force: true });
  });

  const start = async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = serve(dataDir, port, ADMIN, LEASE);
    await waitHealthy(base, server);
    return { base, headers: await login(base, ADMIN) };
  };
  const jobOf = async (base: string, headers: Record<string, string>, callId: string) => {
    const res = await fetch(`${base}/api/calls/${callId}/transcription`, { headers });
    assert.equal(res.status, 200);
    return ((await res.json()) as { transcription: Job | null }).transcription;
  };

  test('the job completes after the restart without redoing finished chunks', async () => {
    let { base, headers } = await start();
    const terms = await fetch(`${base}/api/ai/consent/terms`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ version: 1 }),
    });
    assert.equal(terms.status, 200, await terms.text());
    const created = await fetch(`${base}/api/calls`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ subject: 'Renewal', direction: 'outbound', recordingConsent: true }),
    });
    assert.equal(created.status, 201);
    const callId = ((await created.json()) as { id: string }).id;
    const uploaded = await fetch(`${base}/api/calls/${callId}/recording`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'audio/wav' },
      body: fs.readFileSync(audio.file),
    });
    assert.equal(uploaded.status, 200, await uploaded.text());

    // Kill once at least one chunk is committed and at least one is not.
    let before: Job | null = null;
    for (let i = 0; i < 1200; i++) {
      before = await jobOf(base, headers, callId);
      if (before?.status === 'running' && before.chunksDone >= 1) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(before && before.chunksDone >= 1, `the job got going: ${JSON.stringify(before)}`);
    assert.ok(before.chunksDone < before.chunksTotal, `killed mid-way: ${JSON.stringify(before)}`);
    server!.kill('SIGKILL');
    await exitOf(server!);

    ({ base, headers } = await start());
    let after: Job | null = null;
    for (let i = 0; i < 1200; i++) {
      after = await jobOf(base, headers, callId);
      if (after?.status === 'done' || after?.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(after?.status, 'done', JSON.stringify(after));
    assert.equal(after.chunksDone, after.chunksTotal);
    assert.equal(after.attempts, 2, 'taken over once');
    const call = (await (await fetch(`${base}/api/calls/${callId}`, { headers })).json()) as {
      transcript: string;
      transcriptOrigin: { contentIds: string[] };
    };
    assert.ok(call.transcript.length > 20, call.transcript);
    assert.equal(call.transcriptOrigin.contentIds.length, after.chunksTotal);

    const lock = readLock(path.join(dataDir, 'cohelm.lock'));
    const client = new pg.Client({ connectionString: embeddedUrl(dataDir, lock!.port) });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select count(*)::int as n from ai_requests where kind = 'transcribe' and status = 'answered'`,
      );
      // The chunk in flight at the kill may have been answered without its result being committed.
      assert.ok(
        rows[0].n >= after.chunksTotal && rows[0].n <= after.chunksTotal + 1,
        `${rows[0].n} answered transcriptions for ${after.chunksTotal} chunks (${before.chunksDone} done before the kill)`,
      );
    } finally {
      await client.end();
    }
    server!.kill('SIGTERM');
    assert.equal(await exitOf(server!), 0);
  });
});
