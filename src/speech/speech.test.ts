import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startProtocolServer } from '../ai/testing/protocol-server.js';
import { EventDispatcher } from '../events/dispatcher.js';
import { BUILT_IN_SUBSCRIBERS } from '../events/subscribers/index.js';
import {
  type Client,
  connectModelServer,
  seedAccount,
  setSurfaceDefault,
  startTestApp,
  type TestContext,
} from '../testing/harness.js';
import { synthesizeCall } from '../testing/synthesize-call.js';
import { ffmpegAudio, type SpeechAudio } from './jobs/speech-audio.js';
import { SpeechWorker } from './jobs/speech-worker.js';

type Transcription = {
  status: string;
  stage: string;
  progress: number;
  chunksDone: number;
  chunksTotal: number;
  warnings: string[];
  technologyId: string | null;
  error: { code: string; message: string } | null;
};

const CALL = [
  { who: 'agent' as const, text: 'Hello, this is Anna from Northwind. Thank you for taking the time today.' },
  { who: 'customer' as const, text: 'Hi Anna. We would like a discount on the annual plan.' },
  { who: 'agent' as const, text: 'We agreed on a ten percent discount. I will send the contract on Friday.' },
];

/** Recording → durable job → governed transcription (offline) → transcript → summary and auto-fill. */
describe('speech: call transcription', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  let dispatcher: EventDispatcher;
  const dirs: string[] = [];

  before(async () => {
    ctx = await startTestApp({}, { speechWorker: false });
    acme = await seedAccount(ctx);
    dispatcher = new EventDispatcher({ db: ctx.store.db, subscribers: BUILT_IN_SUBSCRIBERS });
    const ok = await acme.admin.request('POST', '/api/ai/consent/terms', { version: 1 });
    assert.equal(ok.statusCode, 200, ok.body);
  });
  after(async () => {
    await ctx.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const newCall = async (extra: object = {}) => {
    const res = await acme.admin.request('POST', '/api/calls', {
      subject: 'Renewal call',
      direction: 'outbound',
      recordingConsent: true,
      ...extra,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; version: number };
  };
  const upload = async (who: Client, id: string, file: string) => {
    const res = await who.request('PUT', `/api/calls/${id}/recording`, fs.readFileSync(file), {
      'content-type': 'application/octet-stream',
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  const transcription = async (id: string) => {
    const res = await acme.admin.request('GET', `/api/calls/${id}/transcription`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().transcription as Transcription | null;
  };
  const transcribeRequests = async () =>
    Number(
      (
        await ctx.store.pool.query(
          `select count(*) from ai_requests where account_id = $1 and kind = 'transcribe'`,
          [acme.account.id],
        )
      ).rows[0].count,
    );

  test('an uploaded stereo recording becomes a transcript by speaker, then a summary and an auto-fill proposal', async () => {
    const deal = await acme.admin.request('POST', '/api/deals', {
      title: 'Northwind renewal',
      amount: 12000,
    });
    assert.equal(deal.statusCode, 201, deal.body);
    const call = await newCall({ dealId: deal.json().id });
    const audio = synthesizeCall(CALL);
    dirs.push(audio.dir);
    await upload(acme.admin, call.id, audio.file);
    // The upload's event queues the job; nothing is transcribed inside the dispatcher.
    await dispatcher.drain();
    const queued = await transcription(call.id);
    assert.equal(queued?.status, 'queued', 'the upload queued a transcription');
    const before = await transcribeRequests();

    assert.equal(await ctx.speech.worker.drain(), 1, 'one job ran');
    const done = await transcription(call.id);
    assert.equal(done?.status, 'done', JSON.stringify(done));
    assert.equal(done.progress, 1);
    assert.ok(done.chunksTotal >= 2, `both channels were planned: ${done.chunksTotal} chunks`);
    assert.equal((await transcribeRequests()) - before, done.chunksTotal, 'one governed request per chunk');

    const saved = (await acme.admin.request('GET', `/api/calls/${call.id}`)).json();
    const speakers = new Set(saved.transcriptSegments.map((s: { speaker: string }) => s.speaker));
    assert.deepEqual([...speakers].sort(), ['Agent', 'Customer'], 'each channel is a speaker');
    assert.ok(
      saved.transcript.split(/\s+/).length > 15,
      `the offline engine wrote what it heard: ${saved.transcript}`,
    );
    assert.equal(saved.transcriptOrigin.by, 'speech');
    assert.equal(saved.transcriptOrigin.contentIds.length, done.chunksTotal, 'every chunk is signed content');
    const starts = saved.transcriptSegments.map((s: { start: number }) => s.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      'segments are in time order',
    );
    assert.ok(
      saved.transcriptSegments[0].speaker === 'Agent' && saved.transcriptSegments[0].start < 1.5,
      'the agent speaks first',
    );

    // The transcript event makes CoPilot summarise the call.
    await dispatcher.drain();
    await ctx.app.inject({ method: 'GET', url: '/api/health' });
    let summary: { status: string; output: { summary: string } } | undefined;
    for (let i = 0; i < 300 && summary?.status !== 'ready'; i++) {
      const hints = (await acme.admin.request('GET', `/api/copilot/hints/call/${call.id}`)).json().items;
      summary = hints.find((h: { kind: string }) => h.kind === 'call_summary');
      if (summary?.status !== 'ready') await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(summary?.status, 'ready', 'the call summary hint is ready');
    // A call on a deal gets a CRM auto-fill proposal to review.
    const proposals = await acme.admin.request('GET', `/api/copilot/autofill?dealId=${deal.json().id}`);
    assert.equal(proposals.statusCode, 200, proposals.body);
    assert.equal(proposals.json().items[0]?.sourceId, call.id, 'an auto-fill proposal from this call');

    const insights = await acme.admin.request('GET', `/api/calls/${call.id}/insights`);
    assert.equal(insights.statusCode, 200, insights.body);
    const figures = insights.json();
    assert.equal(figures.speakers.length, 2);
    const share = figures.speakers.reduce((a: number, s: { talkShare: number }) => a + s.talkShare, 0);
    assert.ok(Math.abs(share - 1) < 0.02, `talk shares add up to 1: ${share}`);
  });

  test('with an OpenAI-compatible server on calls, each chunk goes there with the vocabulary, and its text is the transcript', async () => {
    const server = await startProtocolServer();
    try {
      server.transcript = 'We agreed on the Northwind renewal at forty eight thousand euros.';
      const techId = await connectModelServer(acme.admin, server.url, 'call', 'Whisper server');
      const call = await newCall();
      const audio = synthesizeCall(CALL.slice(0, 2));
      dirs.push(audio.dir);
      await upload(acme.admin, call.id, audio.file);
      // Audio cannot be masked: it leaves for the server only after the disclosure was acknowledged.
      await acme.admin.request('POST', `/api/calls/${call.id}/transcription`);
      await ctx.speech.worker.drain();
      const waiting = await transcription(call.id);
      assert.equal(waiting?.error?.code, 'consent_required', JSON.stringify(waiting));
      assert.equal(server.requests.filter((r) => r.path.includes('/audio/')).length, 0, 'no audio left');

      await acme.admin.request('POST', '/api/ai/consent/disclosures', { technologyId: techId });
      await acme.admin.request('POST', `/api/calls/${call.id}/transcription`);
      await ctx.speech.worker.drain();
      const done = await transcription(call.id);
      assert.equal(done?.status, 'done', JSON.stringify(done));
      assert.equal(done.technologyId, techId);
      const sent = server.requests.filter((r) => r.path === '/v1/audio/transcriptions');
      assert.equal(sent.length, done.chunksTotal, 'one request per chunk');
      const fields = (sent[0]!.body as { fields: Record<string, string> }).fields;
      assert.match(fields.prompt ?? '', /Names that may be mentioned: .*Acme/, JSON.stringify(fields));
      const saved = (await acme.admin.request('GET', `/api/calls/${call.id}`)).json();
      assert.match(saved.transcript, /^Agent: We agreed on the Northwind renewal/);
      assert.deepEqual(saved.transcriptOrigin.technologyIds, [techId]);
    } finally {
      await setSurfaceDefault(acme.admin, 'call', 'local');
      await server.close();
    }
  });

  test('without recording consent no job is queued, and a job whose call lost its consent decodes nothing', async () => {
    const unconsented = await newCall({ recordingConsent: false });
    const refused = await acme.admin.request('POST', `/api/calls/${unconsented.id}/transcription`);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().error.code, 'consent_required');

    const call = await newCall();
    const audio = synthesizeCall(CALL.slice(0, 1));
    dirs.push(audio.dir);
    await upload(acme.admin, call.id, audio.file);
    const queued = await acme.admin.request('POST', `/api/calls/${call.id}/transcription`);
    assert.equal(queued.statusCode, 202, queued.body);
    // The API refuses to withdraw consent while a recording exists; an import or an operator may not.
    await ctx.store.pool.query('update calls set recording_consent = false where id = $1', [call.id]);

    const touched: string[] = [];
    const watched: SpeechAudio = {
      probe: (f, o) => (touched.push('probe'), ffmpegAudio.probe(f, o)),
      plan: (f, p, o) => (touched.push('plan'), ffmpegAudio.plan(f, p, o)),
      decode: (f, c, o) => (touched.push('decode'), ffmpegAudio.decode(f, c, o)),
    };
    const before = await transcribeRequests();
    const worker = new SpeechWorker({
      db: ctx.store.db,
      governance: ctx.governance,
      recordingsDir: ctx.config.recordingsDir,
      audio: watched,
    });
    await worker.drain();
    const job = await transcription(call.id);
    assert.equal(job?.status, 'failed');
    assert.equal(job.error?.code, 'consent_required');
    assert.deepEqual(touched, [], 'no audio was read');
    assert.equal(await transcribeRequests(), before, 'nothing was sent to a technology');
  });

  test('a recording over the length cap is transcribed up to it, and a job out of time keeps what it has, each with a warning', async () => {
    const audio = synthesizeCall(CALL);
    dirs.push(audio.dir);
    const worker = (opts: object) =>
      new SpeechWorker({
        db: ctx.store.db,
        governance: ctx.governance,
        recordingsDir: ctx.config.recordingsDir,
        audio: ffmpegAudio,
        ...opts,
      });

    const long = await newCall();
    await upload(acme.admin, long.id, audio.file);
    await acme.admin.request('POST', `/api/calls/${long.id}/transcription`);
    await worker({ maxDurationSec: 6 }).drain();
    const capped = await transcription(long.id);
    assert.equal(capped?.status, 'done', JSON.stringify(capped));
    assert.match(
      capped.warnings[0] ?? '',
      /^The recording is \d+ seconds long; only the first 6 seconds are transcribed$/,
    );
    const segments = (await acme.admin.request('GET', `/api/calls/${long.id}`)).json().transcriptSegments;
    assert.ok(
      segments.every((s: { end: number }) => s.end <= 6.01),
      `nothing after the cap: ${JSON.stringify(segments)}`,
    );

    const slow = await newCall();
    await upload(acme.admin, slow.id, audio.file);
    await acme.admin.request('POST', `/api/calls/${slow.id}/transcription`);
    // A budget that runs out after the first part: the job ends with what it has, never hangs.
    let decoded = 0;
    const oneThenLate: SpeechAudio = {
      ...ffmpegAudio,
      decode: async (f, c, o) => {
        decoded++;
        const wav = await ffmpegAudio.decode(f, c, o);
        await new Promise((r) => setTimeout(r, 300));
        return wav;
      },
    };
    await worker({ audio: oneThenLate, jobTimeoutMs: 200 }).drain();
    const partial = await transcription(slow.id);
    assert.equal(partial?.status, 'done', JSON.stringify(partial));
    assert.equal(decoded, 1, 'stopped after the part that ran over');
    assert.equal(partial.chunksDone, 1);
    assert.match(
      partial.warnings.at(-1) ?? '',
      /^Transcription stopped after 1 second; the transcript covers 1 of \d+ parts of the recording$/,
    );
  });

  test('an account whose calls are not in English is told the offline engine knows English only', async () => {
    await ctx.store.pool.query(`update accounts set language = 'de' where id = $1`, [acme.account.id]);
    try {
      const call = await newCall();
      const audio = synthesizeCall(CALL.slice(0, 1));
      dirs.push(audio.dir);
      await upload(acme.admin, call.id, audio.file);
      await acme.admin.request('POST', `/api/calls/${call.id}/transcription`);
      await ctx.speech.worker.drain();
      const job = await transcription(call.id);
      assert.equal(job?.status, 'failed', JSON.stringify(job));
      assert.equal(job.error?.code, 'capability_unsupported');
      assert.match(job.error?.message ?? '', /English only, not "de".*Whisper server/);
    } finally {
      await ctx.store.pool.query(`update accounts set language = 'en' where id = $1`, [acme.account.id]);
    }
  });

  test('silence gives an empty transcript with a warning; a damaged file fails with a clear code', async () => {
    const silent = await newCall();
    const file = path.join(fs.mkdtempSync(path.join(ctx.config.dataDir, 'silence-')), 'silence.wav');
    dirs.push(path.dirname(file));
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '6', file]);
    await upload(acme.admin, silent.id, file);
    await acme.admin.request('POST', `/api/calls/${silent.id}/transcription`);
    await ctx.speech.worker.drain();
    const quiet = await transcription(silent.id);
    assert.equal(quiet?.status, 'done', JSON.stringify(quiet));
    assert.deepEqual(quiet.warnings, ['No speech was found in the recording']);
    assert.equal((await acme.admin.request('GET', `/api/calls/${silent.id}`)).json().transcript, '');

    const broken = await newCall();
    const junk = path.join(path.dirname(file), 'broken.mp3');
    // An MP3 signature followed by noise: accepted at upload (the format looks right), unreadable later.
    fs.writeFileSync(
      junk,
      Buffer.concat([Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000'), Buffer.alloc(4000, 7)]),
    );
    await upload(acme.admin, broken.id, junk);
    await acme.admin.request('POST', `/api/calls/${broken.id}/transcription`);
    await ctx.speech.worker.drain();
    const failed = await transcription(broken.id);
    assert.equal(failed?.status, 'failed', JSON.stringify(failed));
    assert.equal(failed.error?.code, 'audio_unreadable', JSON.stringify(failed.error));
  });
});
