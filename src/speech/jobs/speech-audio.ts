import type { SpeechChunkPlan } from '../../store/schema/index.js';
import { type AudioProbe, decodeChunk, planChunks, probeAudio, type ToolOptions } from '../audio/index.js';

/** What the worker needs from audio handling; tests wrap it to see what was decoded, and when. */
export type SpeechAudio = {
  probe(file: string, options: ToolOptions): Promise<AudioProbe>;
  plan(file: string, probe: AudioProbe, options: ToolOptions): Promise<SpeechChunkPlan[]>;
  decode(file: string, chunk: SpeechChunkPlan, options: ToolOptions): Promise<Uint8Array>;
};

/** Audio handling with ffmpeg (see ../audio). */
export const ffmpegAudio: SpeechAudio = {
  probe: probeAudio,
  plan: (file, probe, options) => planChunks(file, probe, options),
  decode: decodeChunk,
};
