import { execFile } from 'node:child_process';
import { AppError } from '../../shared/errors.js';

export type Tool = { path: string; version: string };
export type AudioTools = { ffmpeg: Tool | null; ffprobe: Tool | null; install: string };

export const AUDIO_TOOLS_INSTALL = 'sudo apt-get install -y ffmpeg';

function versionOf(command: string): Promise<Tool | null> {
  return new Promise((resolve) => {
    execFile(command, ['-hide_banner', '-version'], { timeout: 10_000 }, (err, stdout) => {
      if (err) return resolve(null);
      const version = /version\s+(\S+)/.exec(stdout)?.[1] ?? 'unknown';
      resolve({ path: command, version });
    });
  });
}

let cached: Promise<AudioTools> | undefined;

/** Which ffmpeg and ffprobe this machine has (looked up once per process, on PATH or by
 * COHELM_FFMPEG / COHELM_FFPROBE). */
export function detectAudioTools(): Promise<AudioTools> {
  cached ??= Promise.all([
    versionOf(process.env.COHELM_FFMPEG || 'ffmpeg'),
    versionOf(process.env.COHELM_FFPROBE || 'ffprobe'),
  ]).then(([ffmpeg, ffprobe]) => ({ ffmpeg, ffprobe, install: AUDIO_TOOLS_INSTALL }));
  return cached;
}

/** Forgets what was detected (tests that change the tool paths). */
export function resetAudioToolsCache(): void {
  cached = undefined;
}

/** ffmpeg and ffprobe, or `no_audio_decoder` saying how to install them. */
export async function requireAudioTools(): Promise<{ ffmpeg: string; ffprobe: string }> {
  const t = await detectAudioTools();
  if (!t.ffmpeg || !t.ffprobe)
    throw new AppError(
      'no_audio_decoder',
      `Decoding recordings needs ffmpeg and ffprobe, which this server does not have. Install them with "${t.install}".`,
    );
  return { ffmpeg: t.ffmpeg.path, ffprobe: t.ffprobe.path };
}

let decoders: Promise<Set<string>> | undefined;

/** The audio decoders this ffmpeg has, by codec name (from `ffmpeg -decoders`). */
export function audioDecoders(ffmpeg: string): Promise<Set<string>> {
  decoders ??= new Promise((resolve) => {
    execFile(ffmpeg, ['-hide_banner', '-decoders'], { timeout: 10_000 }, (err, stdout) => {
      const names = new Set<string>();
      if (!err)
        for (const m of stdout.matchAll(/^\s*A\S{5}\s+(\S+)\s+(.*)$/gm)) {
          names.add(m[1] ?? '');
          // `ffmpeg -decoders` lists decoders; a codec may be served by a differently named one
          // ("libopus" for opus), which names its codec in the description only sometimes.
          const codec = /\(codec (\S+)\)/.exec(m[2] ?? '')?.[1];
          if (codec) names.add(codec);
        }
      resolve(names);
    });
  });
  return decoders;
}
