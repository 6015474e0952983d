/**
 * Recordings in, transcribable chunks out: what a recording is (probe), where to cut it (plan, per
 * channel for stereo telephony), and each chunk as 16 kHz mono WAV (decode). All of it is ffmpeg
 * run as a child process with a timeout and an abort signal.
 */
export { readSpeechBenchResults, type SpeechBenchResults, type SpeechEngineResult } from './bench-results.js';
export { decodeChunk, SAMPLE_RATE, wavHeader } from './decode-chunk.js';
export { type AudioTools, detectAudioTools } from './detect-audio-tools.js';
export { type ChunkPlan, chunksFromSilences, type PlanOptions, planChunks } from './plan-chunks.js';
export { type AudioProbe, probeAudio } from './probe-audio.js';
export type { ToolOptions } from './run-tool.js';
