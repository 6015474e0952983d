import { AppError } from '../../shared/errors.js';
import { requireAudioTools } from './detect-audio-tools.js';
import type { ChunkPlan } from './plan-chunks.js';
import { lastLine, runTool, type ToolOptions } from './run-tool.js';

export const SAMPLE_RATE = 16_000;

/** A canonical 44-byte header for 16-bit mono PCM: pocketsphinx reads exactly this and no more, so
 * ffmpeg's own header (with a LIST chunk) would be heard as noise. */
export function wavHeader(dataBytes: number, sampleRate = SAMPLE_RATE): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** One span of one channel (or all mixed) as a 16 kHz mono 16-bit WAV, header included. */
export async function decodeChunk(file: string, chunk: ChunkPlan, options: ToolOptions): Promise<Buffer> {
  const { ffmpeg } = await requireAudioTools();
  const r = await runTool(
    ffmpeg,
    [
      '-nostdin',
      '-v',
      'error',
      '-ss',
      String(chunk.startSec),
      '-t',
      String(Math.max(0, chunk.endSec - chunk.startSec)),
      '-i',
      file,
      '-map',
      '0:a:0',
      ...(chunk.channel === null ? ['-ac', '1'] : ['-af', `pan=mono|c0=c${chunk.channel}`]),
      '-ar',
      String(SAMPLE_RATE),
      '-f',
      's16le',
      '-acodec',
      'pcm_s16le',
      '-',
    ],
    options,
  );
  if (r.code !== 0)
    throw new AppError('audio_unreadable', `The recording cannot be decoded: ${lastLine(r.stderr)}`);
  return Buffer.concat([wavHeader(r.stdout.length), r.stdout]);
}
