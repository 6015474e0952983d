import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A turn of a synthesised call: who says it (left channel = agent, right = customer) and what. */
export type Line = { who: 'agent' | 'customer'; text: string };

const VOICES = { agent: 'en-us', customer: 'en-gb' } as const;

/**
 * A stereo telephony recording made with espeak-ng and ffmpeg: the agent's lines on the left
 * channel, the customer's on the right, one after the other with a short pause, as a real call
 * recorder writes them. Returns the file (WAV unless `ext` says otherwise) and its length.
 */
export function synthesizeCall(lines: Line[], ext = 'wav'): { file: string; seconds: number; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-call-'));
  const parts: { who: Line['who']; file: string; seconds: number }[] = [];
  for (const [i, line] of lines.entries()) {
    const file = path.join(dir, `line-${i}.wav`);
    execFileSync('espeak-ng', ['-v', VOICES[line.who], '-s', '150', '-w', file, line.text]);
    // 16-bit mono at 22,050 Hz: the data size after a 44-byte header gives the length.
    parts.push({ who: line.who, file, seconds: (fs.statSync(file).size - 44) / (22_050 * 2) });
  }
  const pause = 0.8;
  let at = 0;
  const inputs: string[] = [];
  const filters: string[] = [];
  const left: string[] = [];
  const right: string[] = [];
  for (const [i, p] of parts.entries()) {
    inputs.push('-i', p.file);
    const ms = Math.round(at * 1000);
    filters.push(`[${i}:a]adelay=${ms}[d${i}]`);
    (p.who === 'agent' ? left : right).push(`[d${i}]`);
    at += p.seconds + pause;
  }
  const total = at + 0.5;
  const silent = parts.length;
  inputs.push('-f', 'lavfi', '-t', String(total), '-i', 'anullsrc=r=22050:cl=mono');
  // Each channel: the silent track with that speaker's lines mixed in at their times.
  const channel = (track: string, labels: string[], name: string) =>
    `[${track}]${labels.join('')}amix=inputs=${labels.length + 1}:normalize=0:duration=first[${name}]`;
  filters.push(`[${silent}:a]asplit=2[s0][s1]`, channel('s0', left, 'l'), channel('s1', right, 'r'));
  filters.push('[l][r]join=inputs=2:channel_layout=stereo[out]');
  const file = path.join(dir, `call.${ext}`);
  execFileSync('ffmpeg', [
    '-y',
    '-v',
    'error',
    ...inputs,
    '-filter_complex',
    filters.join(';'),
    '-map',
    '[out]',
    file,
  ]);
  return { file, seconds: total, dir };
}
