/**
 * Makes the demo account's call recording (`src/demo/assets/seat-expansion-call.ogg`): a stereo
 * telephony call synthesised with espeak-ng, the agent on the left and the customer on the right,
 * encoded as Opus. Run again after changing the lines: `npx tsx scripts/make-demo-recording.ts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_RECORDED_CALL } from '../src/demo/demo-recording.js';
import { synthesizeCall } from '../src/testing/synthesize-call.js';

const out = path.resolve(import.meta.dirname, '../src/demo/assets', DEMO_RECORDED_CALL.file);
const call = synthesizeCall(DEMO_RECORDED_CALL.lines);
fs.mkdirSync(path.dirname(out), { recursive: true });
execFileSync('ffmpeg', ['-y', '-v', 'error', '-i', call.file, '-c:a', 'libopus', '-b:a', '20k', out]);
fs.rmSync(call.dir, { recursive: true, force: true });
console.log(`${out}: ${Math.round(call.seconds)} s, ${fs.statSync(out).size} bytes`);
