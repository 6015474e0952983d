import fs from 'node:fs';
import path from 'node:path';

/** Which recordings: sales-call lines synthesised with espeak-ng, or openly licensed real speech. */
export type SpeechBenchSet = 'synthetic' | 'real';

/** Word error rate and real-time factor of one engine or setting on one set. */
export type SpeechFigures = { wer: number; rtf: number };

/** One engine's figures on one set of the speech bench (`npm run bench speech`). */
export type SpeechEngineResult = {
  /** 'pocketsphinx', or 'openai-compatible:<model>'. */
  engine: string;
  set: SpeechBenchSet;
  technologyKind: 'local' | 'openai-compatible';
  /** Settings it ran with (pocketsphinx flags; the model of a server). */
  settings: string;
  files: number;
  /** Seconds of audio transcribed. */
  audioSec: number;
  /** Word error rate over all files (edits / reference words), 0 = perfect. */
  wer: number;
  /** Processing time / audio duration, one recogniser at a time. */
  rtf: number;
  goalRtf: number;
  met: boolean;
};

export type SpeechBenchDetail = {
  engine: string;
  set: SpeechBenchSet;
  file: string;
  voice: string;
  channel: number | null;
  audioSec: number;
  reference: string;
  hypothesis: string;
  wer: number;
  rtf: number;
};

export type SpeechBenchResults = {
  suite: 'speech';
  /** ISO time of the run. */
  at: string;
  date: string;
  engines: SpeechEngineResult[];
  /** pocketsphinx settings that were tried, on each set. */
  tradeoffs: { settings: string; synthetic: SpeechFigures; real: SpeechFigures }[];
  /** pocketsphinx's word error rate per voice (espeak-ng voice, or the real speaker). */
  voices: { set: SpeechBenchSet; voice: string; files: number; wer: number }[];
  /** Account terms as dictionary entries: WER without and with them (older runs; null since the
   * entries were dropped for changing nothing). */
  keywords: { werWithout: number; werWith: number } | null;
  /** Probe + chunk planning of one long recording. */
  longFile: { durationSec: number; planMs: number; chunks: number } | null;
  details: SpeechBenchDetail[];
};

/** The newest `speech-<date>.json` in the results folder, or null when the bench never ran. */
export async function readSpeechBenchResults(resultsDir: string): Promise<SpeechBenchResults | null> {
  let names: string[];
  try {
    names = await fs.promises.readdir(resultsDir);
  } catch {
    return null;
  }
  const newest = names
    .filter((n) => /^speech-\d{4}-\d{2}-\d{2}\.json$/.test(n))
    .sort()
    .at(-1);
  if (!newest) return null;
  try {
    const parsed = JSON.parse(
      await fs.promises.readFile(path.join(resultsDir, newest), 'utf8'),
    ) as SpeechBenchResults;
    return parsed?.suite === 'speech' && Array.isArray(parsed.engines) ? parsed : null;
  } catch {
    return null;
  }
}
