import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { wavHeader } from '../../../../speech/audio/index.js';
import { AiError } from '../../../ai.errors.js';
import { localTechnology } from '../index.js';
import {
  detectPocketsphinx,
  resetPocketsphinxDetection,
  setPocketsphinxConcurrency,
  transcribeWithPocketsphinx,
} from './pocketsphinx.js';
import { parseTimedWords, segmentWords } from './words.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-ps-test-'));

/** espeak-ng's Klatt voice, which pocketsphinx understands far better than its default voice. */
function speak(text: string, repeat = 1): Buffer {
  const wav = path.join(dir, 'say.wav');
  execFileSync('espeak-ng', ['-v', 'en-us+klatt2', '-s', '150', '-w', wav, text]);
  const pcm = execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-stream_loop',
      String(repeat - 1),
      '-i',
      wav,
      '-ar',
      '16000',
      '-ac',
      '1',
      '-f',
      's16le',
      '-',
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return Buffer.concat([wavHeader(pcm.length), pcm]);
}

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof AiError ? e.failure.code : String(e);
  }
};

// The engine's temp files go to a folder of this test's own, so other processes' files in the
// shared temp folder cannot make it fail.
const tmp = path.join(dir, 'tmp');
const savedTmpdir = process.env.TMPDIR;
const psDirs = () => fs.readdirSync(tmp);

describe('pocketsphinx (offline speech engine)', () => {
  before(async () => {
    fs.mkdirSync(tmp);
    process.env.TMPDIR = tmp;
    assert.equal((await detectPocketsphinx()).available, true, 'pocketsphinx is installed');
  });
  after(() => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    delete process.env.COHELM_POCKETSPHINX;
    resetPocketsphinxDetection();
    setPocketsphinxConcurrency(os.availableParallelism());
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('detects the engine and says how to install it', async () => {
    const s = await detectPocketsphinx();
    assert.match(s.install, /apt-get install -y pocketsphinx pocketsphinx-en-us/);
    assert.match(s.version ?? '', /\d/);
  });

  it('transcribes synthesised speech: mostly the right words, in time order', async () => {
    const reference = 'can we schedule a demo on tuesday morning';
    const r = await transcribeWithPocketsphinx(speak(reference), {
      signal: AbortSignal.timeout(30_000),
      timeoutMs: 30_000,
    });
    const words = r.words ?? [];
    const heard = new Set(words.map((w) => w.word));
    const right = reference.split(' ').filter((w) => heard.has(w));
    assert.ok(right.length >= 5, `heard "${r.text}"`);
    for (let i = 1; i < words.length; i++) assert.ok((words[i]?.start ?? 0) > (words[i - 1]?.start ?? 0));
    assert.ok(words.every((w) => w.end > w.start && !/[<[(]/.test(w.word)));
    assert.equal(r.text, r.segments.map((s) => s.text).join(' '));
    assert.deepEqual(psDirs(), []);
  });

  it('leaves nothing in the temp folder, with account terms or without', async () => {
    const wav = speak('northwind and contoso');
    for (const keywords of [['Northwind', 'Contoso'], ['Cohelm'], ['Fabrikam', 'Tailspin'], []])
      await transcribeWithPocketsphinx(wav, {
        keywords,
        signal: AbortSignal.timeout(30_000),
        timeoutMs: 30_000,
      });
    assert.deepEqual(psDirs(), []);
  });

  it('through the local technology, with audio as a capability', async () => {
    const t = localTechnology.create({
      id: 'local',
      kind: 'local',
      name: 'Local',
      baseUrl: null,
      apiKey: null,
      models: [],
      defaultModel: null,
      connectTimeoutMs: 0,
    });
    assert.equal(t.capabilities.audio, true);
    const r = await t.transcribe?.(
      { audio: speak('thank you for your time today'), mediaType: 'audio/wav', keywords: ['Northwind'] },
      AbortSignal.timeout(30_000),
    );
    assert.ok((r?.words?.length ?? 0) >= 3, r?.text);
    assert.equal(
      await code(
        t.transcribe?.(
          { audio: new Uint8Array([1, 2, 3]), mediaType: 'audio/wav' },
          AbortSignal.timeout(5000),
        ) ?? Promise.resolve(),
      ),
      'capability_unsupported',
    );
  });

  it('kills the recogniser on timeout and on abort, and removes its temp file', async () => {
    const long = speak('we will send you the contract next week and the renewal price stays the same', 12);
    const started = Date.now();
    assert.equal(
      await code(transcribeWithPocketsphinx(long, { signal: new AbortController().signal, timeoutMs: 300 })),
      'ai_timeout',
    );
    assert.ok(Date.now() - started < 3000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    assert.equal(
      await code(transcribeWithPocketsphinx(long, { signal: ac.signal, timeoutMs: 60_000 })),
      'ai_cancelled',
    );
    assert.deepEqual(psDirs(), []);
  });

  it('runs no more recognisers at once than the limit', async () => {
    const log = path.join(dir, 'runs.log');
    const fake = path.join(dir, 'fake-pocketsphinx');
    fs.writeFileSync(
      fake,
      `#!/bin/sh\necho start >> ${log}\nsleep 0.3\necho end >> ${log}\necho "hello 0.100 0.400 0.9"\n`,
      { mode: 0o755 },
    );
    process.env.COHELM_POCKETSPHINX = fake;
    resetPocketsphinxDetection();
    setPocketsphinxConcurrency(2);
    const wav = speak('hello');
    const opts = { signal: AbortSignal.timeout(10_000), timeoutMs: 10_000 };
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => transcribeWithPocketsphinx(wav, opts)));
    assert.ok(results.every((r) => r.text === 'hello'));
    let now = 0;
    let most = 0;
    for (const line of fs.readFileSync(log, 'utf8').trim().split('\n')) {
      now += line === 'start' ? 1 : -1;
      most = Math.max(most, now);
    }
    assert.equal(most, 2);
  });

  it('without the engine, says so with no_speech_engine and the install command', async () => {
    process.env.COHELM_POCKETSPHINX = path.join(dir, 'not-installed');
    resetPocketsphinxDetection();
    const s = await detectPocketsphinx();
    assert.equal(s.available, false);
    await assert.rejects(
      transcribeWithPocketsphinx(speak('hello'), { signal: AbortSignal.timeout(5000), timeoutMs: 5000 }),
      (e: unknown) =>
        e instanceof AiError && e.failure.code === 'no_speech_engine' && /apt-get install/.test(e.message),
    );
  });

  it('reads timed words, dropping markers and pronunciation numbers, and splits segments on pauses', () => {
    const words = parseTimedWords(
      'we can talk\n<s> 0.000 0.100 0.99\nwe 0.110 0.300 0.5\ncan(2) 0.310 0.500 0.2\n<sil> 0.5 1.2 0.9\n[NOISE] 1.2 1.3 0.9\ntalk 1.300 1.600 0.3\n</s> 1.6 1.9 1\n',
    );
    assert.deepEqual(
      words.map((w) => w.word),
      ['we', 'can', 'talk'],
    );
    const t = segmentWords(words);
    assert.deepEqual(t.segments, [
      { start: 0.11, end: 0.5, text: 'we can' },
      { start: 1.3, end: 1.6, text: 'talk' },
    ]);
    assert.equal(t.text, 'we can talk');
  });
});
