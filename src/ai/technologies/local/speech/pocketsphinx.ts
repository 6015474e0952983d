import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AiError, aiFailure } from '../../../ai.errors.js';
import type { Transcript } from '../../../technology.js';
import { parseTimedWords, segmentWords } from './words.js';

export const POCKETSPHINX_INSTALL = 'sudo apt-get install -y pocketsphinx pocketsphinx-en-us';

const binary = () => process.env.COHELM_POCKETSPHINX || 'pocketsphinx_continuous';
const modelDir = () => process.env.COHELM_POCKETSPHINX_MODEL || '/usr/share/pocketsphinx/model/en-us';
const model = () => ({
  hmm: path.join(modelDir(), 'en-us'),
  dict: path.join(modelDir(), 'cmudict-en-us.dict'),
  lm: path.join(modelDir(), 'en-us.lm.bin'),
});

/**
 * Search settings, measured on bench/speech (bench/speech/settings.ts has the others tried): wider
 * beams than pocketsphinx 5prealpha's defaults (1e-48, 7e-29, 1e-48) brought word error rate on
 * real speech from 0.430 to 0.376 and on the synthetic calls from 0.652 to 0.647; at most 20 word
 * exits per frame win back most of the time the wider beams cost.
 */
export const DEFAULT_POCKETSPHINX_FLAGS: readonly string[] = [
  '-beam',
  '1e-60',
  '-wbeam',
  '1e-40',
  '-pbeam',
  '1e-60',
  '-maxwpf',
  '20',
];

export type PocketsphinxStatus = { available: boolean; version?: string; reason?: string; install: string };

let detected: Promise<PocketsphinxStatus> | undefined;

/** Whether the offline speech engine is installed (binary and English model), looked up once. */
export function detectPocketsphinx(): Promise<PocketsphinxStatus> {
  detected ??= (async () => {
    const install = POCKETSPHINX_INSTALL;
    const missing = Object.values(model()).filter((p) => !fs.existsSync(p));
    const runs = await new Promise<boolean>((resolve) =>
      // Without arguments it prints its settings and exits; ENOENT means it is not installed.
      execFile(binary(), [], { timeout: 10_000 }, (err) =>
        resolve(!(err && 'code' in err && err.code === 'ENOENT')),
      ),
    );
    if (!runs) return { available: false, reason: `${binary()} is not installed`, install };
    if (missing.length)
      return { available: false, reason: `the English model is missing (${missing.join(', ')})`, install };
    const version = await new Promise<string | undefined>((resolve) =>
      // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
      execFile('dpkg-query', ['-W', '-f', '${Version}', 'pocketsphinx'], { timeout: 5000 }, (err, out) =>
        resolve(err ? undefined : out.trim() || undefined),
      ),
    );
    return { available: true, install, ...(version ? { version } : {}) };
  })();
  return detected;
}

/** Forgets the detection (tests that point COHELM_POCKETSPHINX elsewhere). */
export function resetPocketsphinxDetection(): void {
  detected = undefined;
}

let limit = Math.max(1, os.availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

/** How many recognisers may run at once in this process (default: one per CPU). */
export function setPocketsphinxConcurrency(n: number): void {
  limit = Math.max(1, Math.floor(n));
  while (running < limit && waiting.length) waiting.shift()?.();
}

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export type PocketsphinxOptions = {
  /**
   * Account terms (company, product, contact names). Not used: the search only proposes words of
   * its language model, and all 72,539 of them are already in the dictionary, so an entry for a new
   * term can never be heard (the bench measured no change, 0.724 → 0.724). Kept so one request
   * serves every engine; servers that take vocabulary use it.
   */
  keywords?: readonly string[];
  signal: AbortSignal;
  timeoutMs: number;
  /** Recogniser flags in place of DEFAULT_POCKETSPHINX_FLAGS (the bench compares settings with these). */
  flags?: readonly string[];
};

/** The PCM samples of a 16 kHz mono 16-bit WAV, or a message saying what it is instead. */
function pcmOf(wav: Uint8Array): Uint8Array | string {
  const b = Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
  if (b.length < 12 || b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE')
    return 'the offline recogniser takes 16 kHz mono 16-bit WAV audio';
  for (let at = 12; at + 8 <= b.length; ) {
    const id = b.toString('ascii', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      const [format, channels, rate, bits] = [
        b.readUInt16LE(at + 8),
        b.readUInt16LE(at + 10),
        b.readUInt32LE(at + 12),
        b.readUInt16LE(at + 22),
      ];
      if (format !== 1 || channels !== 1 || rate !== 16_000 || bits !== 16)
        return `the offline recogniser takes 16 kHz mono 16-bit PCM, not ${rate} Hz ${channels}-channel ${bits}-bit format ${format}`;
    }
    if (id === 'data') return b.subarray(at + 8, Math.min(b.length, at + 8 + size));
    at += 8 + size + (size % 2);
  }
  return 'the WAV audio has no data';
}

/**
 * Transcribes one WAV chunk with `pocketsphinx_continuous`: words with their times, segments split
 * on pauses. The process is killed when the timeout passes (`ai_timeout`) or the signal aborts
 * (`ai_cancelled`); at most `setPocketsphinxConcurrency` run at once; its temp file is removed.
 */
export async function transcribeWithPocketsphinx(
  wav: Uint8Array,
  options: PocketsphinxOptions,
): Promise<Transcript> {
  const status = await detectPocketsphinx();
  if (!status.available)
    throw new AiError(
      aiFailure(
        'no_speech_engine',
        `The offline speech engine is not available: ${status.reason}. Install it with "${status.install}", or connect an AI technology that transcribes.`,
      ),
    );
  const pcm = pcmOf(wav);
  if (typeof pcm === 'string') throw new AiError(aiFailure('capability_unsupported', pcm));
  const m = model();
  return slot(async () => {
    options.signal.throwIfAborted();
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cohelm-ps-'));
    try {
      const infile = path.join(dir, 'chunk.raw');
      await fs.promises.writeFile(infile, pcm);
      const args = ['-infile', infile, '-time', 'yes', '-logfn', '/dev/null', '-hmm', m.hmm, '-lm', m.lm];
      args.push('-dict', m.dict, '-samprate', '16000', ...(options.flags ?? DEFAULT_POCKETSPHINX_FLAGS));
      const stdout = await run(args, options);
      return segmentWords(parseTimedWords(stdout));
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  });
}

function run(args: string[], { signal, timeoutMs }: PocketsphinxOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      binary(),
      args,
      { signal, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        if (signal.aborted)
          return reject(new AiError(aiFailure('ai_cancelled', 'the transcription was cancelled')));
        if (err.killed || err.signal === 'SIGKILL')
          return reject(
            new AiError(
              aiFailure('ai_timeout', `the offline transcription took longer than ${timeoutMs} ms`),
            ),
          );
        reject(
          new AiError(
            aiFailure(
              'ai_provider_error',
              `the offline recogniser failed: ${stderr.trim().split('\n').at(-1) ?? err.message}`,
            ),
          ),
        );
      },
    );
  });
}
