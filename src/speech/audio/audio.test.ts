import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { resetAudioToolsCache } from './detect-audio-tools.js';
import { chunksFromSilences, decodeChunk, detectAudioTools, planChunks, probeAudio } from './index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-audio-test-'));
const at = (name: string) => path.join(dir, name);
const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-y', '-v', 'error', ...args]);
const opts = { timeoutMs: 60_000 };

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
};

describe('audio handling', () => {
  before(() => {
    execFileSync('espeak-ng', [
      '-v',
      'en-us+klatt2',
      '-w',
      at('agent.wav'),
      'Hello, this is Anna from Northwind. Shall we talk about the renewal price?',
    ]);
    execFileSync('espeak-ng', [
      '-v',
      'en-gb+klatt',
      '-w',
      at('customer.wav'),
      'Yes, we would like a discount on the annual plan.',
    ]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds ffmpeg and ffprobe with their versions', async () => {
    const t = await detectAudioTools();
    assert.match(t.ffmpeg?.version ?? '', /^\d/);
    assert.match(t.ffprobe?.version ?? '', /^\d/);
    assert.match(t.install, /apt-get install -y ffmpeg/);
  });

  const formats: [file: string, args: string[], codec: string][] = [
    ['speech.wav', [], 'pcm_s16le'],
    ['speech.mp3', ['-c:a', 'libmp3lame'], 'mp3'],
    ['speech.ogg', ['-c:a', 'libopus'], 'opus'],
    // Piped, as a browser's MediaRecorder writes it: no duration in the file.
    ['speech.webm', ['-c:a', 'libopus', '-f', 'webm'], 'opus'],
    ['speech.m4a', ['-c:a', 'aac'], 'aac'],
    ['speech.flac', ['-c:a', 'flac'], 'flac'],
  ];
  for (const [file, args, codec] of formats)
    it(`probes, plans and decodes ${file}`, async () => {
      if (file.endsWith('.webm')) fs.writeFileSync(at(file), ffmpeg('-i', at('agent.wav'), ...args, '-'));
      else ffmpeg('-i', at('agent.wav'), ...args, at(file));
      const probe = await probeAudio(at(file), opts);
      assert.equal(probe.codec, codec);
      assert.equal(probe.channels, 1);
      assert.ok(probe.durationSec > 3 && probe.durationSec < 8, String(probe.durationSec));
      const plan = await planChunks(at(file), probe, opts);
      assert.ok(plan.length >= 1);
      assert.ok(
        plan.every(
          (c) => c.channel === null && c.endSec > c.startSec && c.endSec <= probe.durationSec + 0.01,
        ),
      );
      const wav = await decodeChunk(at(file), plan[0]!, opts);
      assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
      assert.equal(wav.readUInt32LE(24), 16_000);
      assert.equal(wav.readUInt16LE(22), 1);
      assert.equal(wav.readUInt32LE(40), wav.length - 44);
      const seconds = (wav.length - 44) / 32_000;
      assert.ok(Math.abs(seconds - (plan[0]!.endSec - plan[0]!.startSec)) < 0.1, String(seconds));
    });

  it('a text file named .wav is audio_unreadable', async () => {
    fs.writeFileSync(at('notes.wav'), 'Meeting notes: call Anna back on Friday.\n');
    assert.equal(await codeOf(probeAudio(at('notes.wav'), opts)), 'audio_unreadable');
  });

  it('a codec ffmpeg cannot decode is audio_unsupported_codec', async () => {
    const wav = fs.readFileSync(at('agent.wav'));
    wav.writeUInt16LE(0x1234, 20);
    fs.writeFileSync(at('odd-codec.wav'), wav);
    assert.equal(await codeOf(probeAudio(at('odd-codec.wav'), opts)), 'audio_unsupported_codec');
  });

  it('a truncated WAV or MP3 decodes the part that is there', async () => {
    for (const file of ['speech.wav', 'speech.mp3']) {
      const whole = fs.readFileSync(at(file));
      fs.writeFileSync(at(`cut-${file}`), whole.subarray(0, Math.floor(whole.length / 2)));
      const probe = await probeAudio(at(`cut-${file}`), opts);
      const plan = await planChunks(at(`cut-${file}`), probe, opts);
      const last = plan.at(-1)!;
      assert.ok(last.endSec < 3, `${file} planned to ${last.endSec}`);
      const wav = await decodeChunk(at(`cut-${file}`), { channel: null, startSec: 0, endSec: 10 }, opts);
      assert.ok((wav.length - 44) / 32_000 > 1);
    }
  });

  it('silence only plans nothing (and is no error)', async () => {
    ffmpeg('-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '8', at('silence.wav'));
    const probe = await probeAudio(at('silence.wav'), opts);
    assert.deepEqual(await planChunks(at('silence.wav'), probe, opts), []);
  });

  it('a stereo call is planned per channel, each with its own speech', async () => {
    ffmpeg(
      '-i',
      at('agent.wav'),
      '-i',
      at('customer.wav'),
      '-filter_complex',
      '[0:a]apad=pad_dur=6[a];[1:a]adelay=6000,apad=pad_dur=1[b];[a][b]join=inputs=2:channel_layout=stereo[out]',
      '-map',
      '[out]',
      '-c:a',
      'libmp3lame',
      at('call.mp3'),
    );
    const probe = await probeAudio(at('call.mp3'), opts);
    assert.equal(probe.channels, 2);
    const plan = await planChunks(at('call.mp3'), probe, opts);
    const agent = plan.filter((c) => c.channel === 0);
    const customer = plan.filter((c) => c.channel === 1);
    assert.ok(agent.length >= 1 && customer.length >= 1);
    assert.ok(agent[0]!.startSec < 0.5 && agent.at(-1)!.endSec < 6.5, JSON.stringify(agent));
    assert.ok(customer[0]!.startSec > 5.5, JSON.stringify(customer));
    const wav = await decodeChunk(at('call.mp3'), customer[0]!, opts);
    assert.equal(wav.readUInt16LE(22), 1);
  });

  it('speech with no pause is cut hard at the longest chunk', async () => {
    ffmpeg('-f', 'lavfi', '-i', 'sine=f=300:r=16000', '-t', '75', at('tone.flac'));
    const probe = await probeAudio(at('tone.flac'), opts);
    const plan = await planChunks(at('tone.flac'), probe, { ...opts, maxChunkSec: 30 });
    assert.equal(plan.length, 3);
    assert.ok(plan.every((c) => c.endSec - c.startSec <= 30));
    assert.ok(Math.abs(plan.at(-1)!.endSec - 75) < 0.05);
  });

  it('plans an hour-long recording quickly, streaming', async () => {
    ffmpeg(
      '-f',
      'lavfi',
      '-i',
      "aevalsrc='if(lt(mod(t,10),6),0.5*sin(2*PI*440*t),0)':s=8000:d=3600",
      at('hour.wav'),
    );
    const started = performance.now();
    const probe = await probeAudio(at('hour.wav'), opts);
    const plan = await planChunks(at('hour.wav'), probe, opts);
    const ms = performance.now() - started;
    // Six seconds of sound every ten: three to a 30-second chunk.
    assert.ok(plan.length >= 110 && plan.length <= 130, String(plan.length));
    assert.ok(plan.every((c) => c.endSec - c.startSec <= 30));
    assert.ok(ms < 30_000, `${ms} ms`);
    console.log(`# one hour planned in ${Math.round(ms)} ms`);
  });

  it('a timeout kills the tool (audio_timeout); an abort rejects with its reason', async () => {
    const probe = await probeAudio(at('hour.wav'), opts);
    assert.equal(await codeOf(planChunks(at('hour.wav'), probe, { timeoutMs: 100 })), 'audio_timeout');
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('stop')), 100);
    await assert.rejects(planChunks(at('hour.wav'), probe, { timeoutMs: 60_000, signal: ac.signal }), /stop/);
  });

  it('without ffmpeg, every call is no_audio_decoder with the install command', async () => {
    process.env.COHELM_FFPROBE = at('no-ffprobe');
    resetAudioToolsCache();
    try {
      assert.equal((await detectAudioTools()).ffprobe, null);
      await assert.rejects(
        probeAudio(at('speech.wav'), opts),
        (e: unknown) =>
          e instanceof AppError && e.code === 'no_audio_decoder' && /apt-get install/.test(e.message),
      );
    } finally {
      delete process.env.COHELM_FFPROBE;
      resetAudioToolsCache();
    }
  });

  it('chunks speech between silences, never longer than the limit', () => {
    const cases: [
      duration: number,
      silences: [number, number][],
      max: number,
      expected: [number, number][],
    ][] = [
      [10, [], 30, [[0, 10]]],
      [10, [[0, 10]], 30, []],
      [
        10,
        [
          [0, 2],
          [4, 10],
        ],
        30,
        [[1.85, 4.15]],
      ],
      [
        70,
        [
          [20, 22],
          [45, 47],
        ],
        30,
        [
          [0, 20.15],
          [21.85, 45.15],
          [46.85, 70],
        ],
      ],
      [
        65,
        [],
        30,
        [
          [0, 29.7],
          [29.7, 59.4],
          [59.4, 65],
        ],
      ],
      [10, [[3, 3.05]], 30, [[0, 10]]],
    ];
    for (const [d, s, max, expected] of cases)
      assert.deepEqual(chunksFromSilences(d, s, max), expected, JSON.stringify(s));
  });
});
