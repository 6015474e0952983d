import { AppError } from '../../shared/errors.js';
import { audioDecoders, requireAudioTools } from './detect-audio-tools.js';
import { lastLine, runTool, type ToolOptions } from './run-tool.js';

export type AudioProbe = { durationSec: number; channels: number; codec: string; sampleRate: number };

type FfprobeJson = {
  streams?: { codec_name?: string; codec_tag_string?: string; channels?: number; sample_rate?: string }[];
  format?: { duration?: string; format_name?: string };
};

const unreadable = (why: string) =>
  new AppError('audio_unreadable', `The recording cannot be read as audio: ${why}`);

/**
 * What the recording's first audio stream is. Not audio, truncated beyond reading or corrupt →
 * `audio_unreadable`; a codec this ffmpeg cannot decode → `audio_unsupported_codec`; no ffmpeg →
 * `no_audio_decoder`. A recording of silence probes like any other.
 */
export async function probeAudio(file: string, options: ToolOptions): Promise<AudioProbe> {
  const { ffmpeg, ffprobe } = await requireAudioTools();
  const r = await runTool(
    ffprobe,
    [
      '-v',
      'error',
      '-select_streams',
      'a:0',
      '-show_entries',
      'stream=codec_name,codec_tag_string,channels,sample_rate:format=duration,format_name',
      '-of',
      'json',
      file,
    ],
    options,
  );
  if (r.code !== 0) throw unreadable(lastLine(r.stderr).replace(`${file}: `, '') || 'ffprobe failed');
  let info: FfprobeJson;
  try {
    info = JSON.parse(r.stdout.toString('utf8')) as FfprobeJson;
  } catch {
    throw unreadable('ffprobe gave no answer');
  }
  const stream = info.streams?.[0];
  if (!stream) throw unreadable('it contains no audio stream');
  const codec = stream.codec_name;
  if (!codec || !(await audioDecoders(ffmpeg)).has(codec))
    throw new AppError(
      'audio_unsupported_codec',
      `The recording's audio codec (${codec ?? `tag ${stream.codec_tag_string ?? 'unknown'}`}) cannot be decoded here; send WAV, MP3, OGG/Opus, WebM/Opus, M4A/AAC or FLAC.`,
    );
  let durationSec = Number(info.format?.duration);
  // Browser recordings (MediaRecorder WebM) carry no duration: decode once to measure it.
  if (!Number.isFinite(durationSec)) durationSec = await decodedDuration(ffmpeg, file, options);
  return {
    durationSec,
    channels: stream.channels ?? 1,
    codec,
    sampleRate: Number(stream.sample_rate) || 0,
  };
}

async function decodedDuration(ffmpeg: string, file: string, options: ToolOptions): Promise<number> {
  const r = await runTool(
    ffmpeg,
    ['-nostdin', '-v', 'error', '-i', file, '-map', '0:a:0', '-f', 'null', '-', '-progress', 'pipe:1'],
    options,
  );
  const times = [...r.stdout.toString('utf8').matchAll(/^out_time_us=(\d+)$/gm)];
  const us = Number(times.at(-1)?.[1]);
  if (r.code !== 0 || !Number.isFinite(us)) throw unreadable(lastLine(r.stderr) || 'it could not be decoded');
  return us / 1e6;
}
