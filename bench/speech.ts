/**
 * `npm run bench speech`: word error rate and real-time factor of each speech engine on a labelled
 * set of synthesised sales-call recordings (bench/speech), through the same path as production:
 * probe → plan chunks → decode 16 kHz WAV (src/speech/audio) → the technology's `transcribe`.
 * Offline pocketsphinx always; an OpenAI-compatible server when COHELM_BENCH_SPEECH_URL is set
 * (COHELM_BENCH_SPEECH_KEY, COHELM_BENCH_SPEECH_MODEL). Goal: RTF ≤ 0.5 on one core offline.
 */
import { localTechnology } from '../src/ai/technologies/local/index.js';
import {
  DEFAULT_POCKETSPHINX_FLAGS,
  detectPocketsphinx,
  setPocketsphinxConcurrency,
  transcribeWithPocketsphinx,
} from '../src/ai/technologies/local/speech/pocketsphinx.js';
import { openaiCompatibleTechnology } from '../src/ai/technologies/openai-compatible/index.js';
import type { TranscribeRequest, Transcript } from '../src/ai/technology.js';
import type {
  SpeechBenchDetail,
  SpeechBenchResults,
  SpeechEngineResult,
} from '../src/speech/audio/bench-results.js';
import { decodeChunk, planChunks, probeAudio } from '../src/speech/audio/index.js';
import { writeResult } from './bench-kit.js';
import { buildLongRecording, buildSpeechSet, type Recording } from './speech/build-set.js';
import { wordEdits } from './speech/wer.js';

const GOAL_RTF = 0.5;
const opts = { timeoutMs: 120_000 };
type Transcribe = (req: TranscribeRequest) => Promise<Transcript>;

async function runEngine(engine: string, set: Recording[], transcribe: Transcribe) {
  const details: SpeechBenchDetail[] = [];
  let edits = 0;
  let words = 0;
  let audioSec = 0;
  let busyMs = 0;
  for (const rec of set) {
    const started = performance.now();
    const probe = await probeAudio(rec.file, opts);
    const plan = await planChunks(rec.file, probe, opts);
    const heard = new Map<number | null, string[]>();
    for (const chunk of plan) {
      const audio = await decodeChunk(rec.file, chunk, opts);
      const t = await transcribe({ audio, mediaType: 'audio/wav', language: 'en' });
      heard.set(chunk.channel, [...(heard.get(chunk.channel) ?? []), t.text]);
    }
    const ms = performance.now() - started;
    audioSec += probe.durationSec;
    busyMs += ms;
    for (const [channel, reference] of rec.references) {
      const hypothesis = (heard.get(channel) ?? []).join(' ');
      const e = wordEdits(reference, hypothesis);
      edits += e.edits;
      words += e.words;
      details.push({
        engine,
        file: rec.id,
        voice: rec.voice,
        channel,
        audioSec: round(probe.durationSec),
        reference,
        hypothesis,
        wer: round(e.edits / e.words),
        rtf: round(ms / 1000 / probe.durationSec),
      });
    }
  }
  return {
    wer: round(edits / words),
    rtf: round(busyMs / 1000 / audioSec),
    audioSec: round(audioSec),
    details,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const local = localTechnology.create({
  id: 'local',
  kind: 'local',
  name: 'Local engine',
  baseUrl: null,
  apiKey: null,
  models: [],
  defaultModel: null,
  connectTimeoutMs: 0,
});

const withFlags =
  (flags: string[]): Transcribe =>
  (req) =>
    transcribeWithPocketsphinx(req.audio, {
      flags,
      signal: AbortSignal.timeout(120_000),
      timeoutMs: 120_000,
    });

export async function runSpeechBench(): Promise<boolean> {
  const status = await detectPocketsphinx();
  if (!status.available) {
    console.error(`pocketsphinx is missing (${status.reason}): ${status.install}`);
    return false;
  }
  // One recogniser at a time: the RTF is what one core does.
  setPocketsphinxConcurrency(1);
  const set = buildSpeechSet();
  console.log(`${set.length} recordings (synthesised once into .bench-cache/speech)`);
  const engines: SpeechEngineResult[] = [];
  const details: SpeechBenchDetail[] = [];

  const ps = await runEngine('pocketsphinx', set, (req) =>
    local.transcribe!(req, AbortSignal.timeout(120_000)),
  );
  const settings = DEFAULT_POCKETSPHINX_FLAGS.join(' ') || 'pocketsphinx defaults';
  engines.push({
    engine: 'pocketsphinx',
    technologyKind: 'local',
    settings,
    files: set.length,
    audioSec: ps.audioSec,
    wer: ps.wer,
    rtf: ps.rtf,
    goalRtf: GOAL_RTF,
    met: ps.rtf <= GOAL_RTF,
  });
  details.push(...ps.details);
  console.log(`pocketsphinx (${settings}): WER ${ps.wer}, RTF ${ps.rtf} over ${ps.audioSec} s`);

  const url = process.env.COHELM_BENCH_SPEECH_URL;
  if (url) {
    const model = process.env.COHELM_BENCH_SPEECH_MODEL || 'whisper-1';
    const remote = openaiCompatibleTechnology.create({
      id: 'bench-speech',
      kind: 'openai-compatible',
      name: 'Bench speech server',
      baseUrl: url,
      apiKey: process.env.COHELM_BENCH_SPEECH_KEY || null,
      models: [{ id: model }],
      defaultModel: model,
      connectTimeoutMs: 5000,
    });
    const r = await runEngine(`openai-compatible:${model}`, set, (req) =>
      remote.transcribe!({ ...req, model }, AbortSignal.timeout(120_000)),
    );
    engines.push({
      engine: `openai-compatible:${model}`,
      technologyKind: 'openai-compatible',
      settings: model,
      files: set.length,
      audioSec: r.audioSec,
      wer: r.wer,
      rtf: r.rtf,
      goalRtf: GOAL_RTF,
      met: r.rtf <= GOAL_RTF,
    });
    details.push(...r.details);
    console.log(`openai-compatible ${model}: WER ${r.wer}, RTF ${r.rtf}`);
    await remote.close();
  }

  const tradeoffs: SpeechBenchResults['tradeoffs'] = [];
  for (const flags of [
    [],
    ['-ds', '2'],
    ['-fwdflat', 'no', '-bestpath', 'no'],
    ['-topn', '2', '-maxhmmpf', '3000', '-pl_window', '5'],
    ['-ds', '2', '-topn', '2', '-maxhmmpf', '3000', '-pl_window', '5', '-fwdflat', 'no'],
  ]) {
    const r = await runEngine('pocketsphinx', set, withFlags(flags));
    tradeoffs.push({ settings: flags.join(' ') || 'defaults', wer: r.wer, rtf: r.rtf });
    console.log(`  ${flags.join(' ') || 'defaults'}: WER ${r.wer}, RTF ${r.rtf}`);
  }

  const long = buildLongRecording(3);
  const started = performance.now();
  const probe = await probeAudio(long, { timeoutMs: 600_000 });
  const plan = await planChunks(long, probe, { timeoutMs: 600_000 });
  const longFile = {
    durationSec: round(probe.durationSec),
    planMs: Math.round(performance.now() - started),
    chunks: plan.length,
  };
  console.log(`3-hour stereo MP3: probed and planned in ${longFile.planMs} ms (${plan.length} chunks)`);

  const at = new Date().toISOString();
  const results: SpeechBenchResults = {
    suite: 'speech',
    at,
    date: at,
    engines,
    tradeoffs,
    // Dropped: the engine no longer adds dictionary entries (see PocketsphinxOptions.keywords).
    keywords: null,
    longFile,
    details,
  };
  writeResult('speech', results);
  return true;
}
