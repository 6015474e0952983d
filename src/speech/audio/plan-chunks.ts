import { AppError } from '../../shared/errors.js';
import { requireAudioTools } from './detect-audio-tools.js';
import type { AudioProbe } from './probe-audio.js';
import { lastLine, runTool, type ToolOptions } from './run-tool.js';

/** One span of one channel to transcribe; `channel` null = all channels mixed to mono. */
export type ChunkPlan = { channel: number | null; startSec: number; endSec: number };

export type PlanOptions = ToolOptions & {
  maxChunkSec?: number;
  minSilenceSec?: number;
  /** Quieter than this counts as silence. */
  silenceDb?: number;
};

type Span = [start: number, end: number];

/** Room left around speech so that a chunk does not clip the first or last sound of a word. */
const PAD_SEC = 0.15;
/** Shorter bursts than this (a click, a breath) are not worth a chunk of their own. */
const MIN_SPEECH_SEC = 0.1;

/**
 * Where to cut a recording for transcription: per channel for a stereo (two-party telephony)
 * recording, else one mixed channel. ffmpeg's `silencedetect` runs on the decoded audio as it
 * streams (no PCM is held; a 1-hour MP3 takes about 2.5 s on one core), chunks end in silence and
 * never exceed `maxChunkSec` (speech longer than that is cut hard), and silence makes no chunk.
 */
export async function planChunks(
  file: string,
  probe: AudioProbe,
  options: PlanOptions,
): Promise<ChunkPlan[]> {
  const { maxChunkSec = 30, minSilenceSec = 0.4, silenceDb = -40 } = options;
  const { ffmpeg } = await requireAudioTools();
  const stereo = probe.channels === 2;
  const silences = new Map<number, Span[]>(
    stereo
      ? [
          [0, []],
          [1, []],
        ]
      : [[0, []]],
  );
  const open = new Map<number, number>();
  const detect = `silencedetect=n=${silenceDb}dB:d=${minSilenceSec}${stereo ? ':mono=1' : ''}`;
  const r = await runTool(
    ffmpeg,
    [
      '-nostdin',
      '-hide_banner',
      '-nostats',
      '-v',
      'info',
      '-i',
      file,
      '-map',
      '0:a:0',
      '-af',
      // Silence is found as well at 8 kHz as at 16, for half the work. Without `mono`, a moment is
      // silent only when every channel is.
      `aresample=8000,${detect}`,
      '-f',
      'null',
      '-',
      '-progress',
      'pipe:1',
    ],
    options,
    (line) => {
      const m = /silence_(start|end): (-?[\d.]+)/.exec(line);
      if (!m) return;
      const channel = Number(/channel: (\d+)/.exec(line)?.[1] ?? 0);
      const at = Math.max(0, Number(m[2]));
      if (m[1] === 'start') open.set(channel, at);
      else {
        silences.get(channel)?.push([open.get(channel) ?? 0, at]);
        open.delete(channel);
      }
    },
  );
  if (r.code !== 0)
    throw new AppError('audio_unreadable', `The recording cannot be decoded: ${lastLine(r.stderr)}`);
  // A truncated file decodes shorter than its header says; plan what is really there.
  const decodedUs = Number([...r.stdout.toString('utf8').matchAll(/^out_time_us=(\d+)$/gm)].at(-1)?.[1]);
  const durationSec = Number.isFinite(decodedUs) && decodedUs > 0 ? decodedUs / 1e6 : probe.durationSec;
  for (const [channel, at] of open) silences.get(channel)?.push([at, durationSec]);
  return [...silences].flatMap(([channel, spans]) =>
    chunksFromSilences(durationSec, spans, maxChunkSec).map(([startSec, endSec]) => ({
      channel: stereo ? channel : null,
      startSec,
      endSec,
    })),
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Chunks of speech between the silences, each at most `maxChunkSec` long. Pure. */
export function chunksFromSilences(durationSec: number, silences: Span[], maxChunkSec: number): Span[] {
  const speech: Span[] = [];
  let at = 0;
  for (const [s, e] of [...silences].sort((a, b) => a[0] - b[0])) {
    if (s > at) speech.push([at, Math.min(s, durationSec)]);
    at = Math.max(at, e);
  }
  if (at < durationSec) speech.push([at, durationSec]);
  const room = Math.max(1, maxChunkSec - 2 * PAD_SEC);
  const spans: Span[] = [];
  let current: Span | null = null;
  for (const [s, e] of speech.filter(([s, e]) => e - s >= MIN_SPEECH_SEC)) {
    for (let start = s; start < e; start += room) {
      const end = Math.min(e, start + room);
      if (current && end - current[0] <= room) current[1] = end;
      else {
        if (current) spans.push(current);
        current = [start, end];
      }
    }
  }
  if (current) spans.push(current);
  return spans.map(([s, e], i) => {
    const before = Math.max(spans[i - 1]?.[1] ?? 0, s - PAD_SEC);
    const after = Math.min(spans[i + 1]?.[0] ?? durationSec, e + PAD_SEC);
    return [round(before), round(after)];
  });
}
