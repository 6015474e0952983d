/** Synthesises the bench's recordings with espeak-ng into .bench-cache/speech (made once, reused). */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../bench-kit.js';
import { CALLS, LINES, type Voice } from './lines.js';

export type Recording = { id: string; file: string; voice: string; references: Map<number | null, string> };

const CACHE = path.join(ROOT, '.bench-cache', 'speech');
const RATE = 16_000;

const hashOf = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 10);

function pcm(text: string, v: Voice): Buffer {
  const wav = execFileSync(
    'espeak-ng',
    ['-v', v.voice, '-s', String(v.rate), '-p', String(v.pitch), '--stdout', text],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', '-', '-ar', String(RATE), '-ac', '1', '-f', 's16le', '-'],
    {
      input: wav,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

function wav(channels: number, data: Buffer): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2 * channels, 28);
  h.writeUInt16LE(2 * channels, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** Turns one after another with a pause between, each on its speaker's channel; the other is silent. */
function stereo(turns: { channel: 0 | 1; samples: Buffer }[]): Buffer {
  const gap = Math.round(0.8 * RATE);
  const frames = turns.reduce((n, t) => n + t.samples.length / 2 + gap, gap);
  const out = Buffer.alloc(frames * 4);
  let at = gap;
  for (const t of turns) {
    for (let i = 0; i < t.samples.length / 2; i++)
      out.writeInt16LE(t.samples.readInt16LE(i * 2), (at + i) * 4 + t.channel * 2);
    at += t.samples.length / 2 + gap;
  }
  return out;
}

export function buildSpeechSet(): Recording[] {
  fs.mkdirSync(CACHE, { recursive: true });
  const out: Recording[] = [];
  for (const line of LINES) {
    const file = path.join(CACHE, `${line.id}-${hashOf(line)}.wav`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, wav(1, pcm(line.text, line.speaker)));
    out.push({
      id: line.id,
      file,
      voice: `${line.speaker.voice} -s ${line.speaker.rate} -p ${line.speaker.pitch}`,
      references: new Map([[null, line.text]]),
    });
  }
  for (const call of CALLS) {
    const file = path.join(CACHE, `${call.id}-${hashOf(call)}.wav`);
    if (!fs.existsSync(file))
      fs.writeFileSync(
        file,
        wav(
          2,
          stereo(
            call.turns.map((t) => ({
              channel: t.channel,
              samples: pcm(t.text, t.channel ? call.customer : call.agent),
            })),
          ),
        ),
      );
    const said = (c: 0 | 1) =>
      call.turns
        .filter((t) => t.channel === c)
        .map((t) => t.text)
        .join(' ');
    out.push({
      id: call.id,
      file,
      voice: `${call.agent.voice} / ${call.customer.voice}`,
      references: new Map([
        [0, said(0)],
        [1, said(1)],
      ]),
    });
  }
  return out;
}

/** A three-hour two-channel MP3 (tones with pauses, like turns of a call), for planning time. */
export function buildLongRecording(hours = 3): string {
  const file = path.join(CACHE, `long-${hours}h.mp3`);
  if (!fs.existsSync(file))
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `aevalsrc='if(lt(mod(t,10),6),0.4*sin(2*PI*440*t),0)|if(gte(mod(t,10),5),0.4*sin(2*PI*330*t),0)':s=16000:d=${hours * 3600}`,
      '-c:a',
      'libmp3lame',
      '-b:a',
      '48k',
      file,
    ]);
  return file;
}
