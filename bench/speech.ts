/**
 * `npm run bench speech`: word error rate and real-time factor of each speech engine on two labelled
 * sets — sales-call lines synthesised with espeak-ng, and openly licensed real speech
 * (bench/speech/recordings) — through the same path as production:
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
  SpeechBenchSet,
  SpeechEngineResult,
} from '../src/speech/audio/bench-results.js';
import { decodeChunk, planChunks, probeAudio } from '../src/speech/audio/index.js';
import { writeResult } from './bench-kit.js';
import { buildLongRecording, buildSpeechSet, type Recording } from './speech/build-set.js';
import { realSpeechSet } from './speech/real-set.js';
import { TRIED_SETTINGS } from './speech/settings.js';
import { wordEdits } from './speech/wer.js';

const GOAL_RTF = 0.5;
const opts = { timeoutMs: 120_000 };
type Transcribe = (req: TranscribeRequest) => Promise<Transcript>;

async function runEngine(
  engine: string,
  set: SpeechBenchSet,
  recordings: Recording[],
  transcribe: Transcribe,
) {
  const details: SpeechBenchDetail[] = [];
  let edits = 0;
  let words = 0;
  let audioSec = 0;
  let busyMs = 0;
  for (const rec of recordings) {
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
        set,
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
    files: recordings.length,
    audioSec: round(audioSec),
    details,
  };
}

type Figures = Awaited<ReturnType<typeof runEngine>>;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Word error rate per voice, weighted by words like the set's own figure. */
function byVoice(details: SpeechBenchDetail[]): SpeechBenchResults['voices'] {
  const groups = new Map<string, SpeechBenchDetail[]>();
  for (const d of details)
    groups.set(`${d.set}\n${d.voice}`, [...(groups.get(`${d.set}\n${d.voice}`) ?? []), d]);
  return [...groups.values()].map((ds) => {
    const total = ds
      .map((d) => wordEdits(d.reference, d.hypothesis))
      .reduce((a, e) => ({
        edits: a.edits + e.edits,
        words: a.words + e.words,
      }));
    const first = ds[0] as SpeechBenchDetail;
    return {
      set: first.set,
      voice: first.voice,
      files: new Set(ds.map((d) => d.file)).size,
      wer: round(total.edits / total.words),
    };
  });
}

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

/** pocketsphinx with exactly these flags in place of the defaults. */
const withFlags =
  (flags: readonly string[]): Transcribe =>
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
  const sets: [SpeechBenchSet, Recording[]][] = [
    ['synthetic', buildSpeechSet()],
    ['real', realSpeechSet()],
  ];
  for (const [set, recordings] of sets) console.log(`${set}: ${recordings.length} recordings`);
  const engines: SpeechEngineResult[] = [];
  const details: SpeechBenchDetail[] = [];

  const settings = DEFAULT_POCKETSPHINX_FLAGS.join(' ') || 'pocketsphinx defaults';
  for (const [set, recordings] of sets) {
    const ps = await runEngine('pocketsphinx', set, recordings, (req) =>
      local.transcribe!(req, AbortSignal.timeout(120_000)),
    );
    engines.push({
      engine: 'pocketsphinx',
      set,
      technologyKind: 'local',
      settings,
      files: ps.files,
      audioSec: ps.audioSec,
      wer: ps.wer,
      rtf: ps.rtf,
      goalRtf: GOAL_RTF,
      met: ps.rtf <= GOAL_RTF,
    });
    details.push(...ps.details);
    console.log(`pocketsphinx (${settings}) on ${set}: WER ${ps.wer}, RTF ${ps.rtf} over ${ps.audioSec} s`);
  }

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
    for (const [set, recordings] of sets) {
      const r = await runEngine(`openai-compatible:${model}`, set, recordings, (req) =>
        remote.transcribe!({ ...req, model }, AbortSignal.timeout(120_000)),
      );
      engines.push({
        engine: `openai-compatible:${model}`,
        set,
        technologyKind: 'openai-compatible',
        settings: model,
        files: r.files,
        audioSec: r.audioSec,
        wer: r.wer,
        rtf: r.rtf,
        goalRtf: GOAL_RTF,
        met: r.rtf <= GOAL_RTF,
      });
      details.push(...r.details);
      console.log(`openai-compatible ${model} on ${set}: WER ${r.wer}, RTF ${r.rtf}`);
    }
    await remote.close();
  }

  const tradeoffs: SpeechBenchResults['tradeoffs'] = [];
  for (const flags of TRIED_SETTINGS) {
    // One set after the other: one recogniser at a time keeps the RTF honest.
    const figures = [];
    for (const [set, recordings] of sets)
      figures.push(await runEngine('pocketsphinx', set, recordings, withFlags(flags)));
    const [synthetic, real] = figures as [Figures, Figures];
    const row = {
      settings: flags.join(' ') || 'pocketsphinx defaults',
      synthetic: { wer: synthetic.wer, rtf: synthetic.rtf },
      real: { wer: real.wer, rtf: real.rtf },
    };
    tradeoffs.push(row);
    console.log(
      `  ${row.settings}: synthetic WER ${synthetic.wer} RTF ${synthetic.rtf}; real WER ${real.wer} RTF ${real.rtf}`,
    );
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
    voices: byVoice(details.filter((d) => d.engine === 'pocketsphinx')),
    // Dropped: the engine no longer adds dictionary entries (see PocketsphinxOptions.keywords).
    keywords: null,
    longFile,
    details,
  };
  writeResult('speech', results);
  return true;
}
