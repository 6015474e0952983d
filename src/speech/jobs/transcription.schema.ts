import { z } from 'zod';
import { SPEECH_JOB_STATUSES, type speechJobs } from '../../store/schema/index.js';

export const TranscriptionOut = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  status: z.enum(SPEECH_JOB_STATUSES),
  stage: z.string().describe('What it is doing now, in words'),
  trigger: z.string(),
  progress: z.number().min(0).max(1).describe('Share of the chunks transcribed'),
  chunksDone: z.number().int(),
  chunksTotal: z.number().int(),
  durationSec: z.number().nullable(),
  channels: z.number().int().nullable(),
  technologyId: z.string().nullable(),
  attempts: z.number().int(),
  warnings: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  retryAt: z.date().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type TranscriptionOut = z.infer<typeof TranscriptionOut>;

export function toTranscriptionOut(j: typeof speechJobs.$inferSelect): TranscriptionOut {
  return {
    id: j.id,
    callId: j.callId,
    status: j.status,
    stage: j.stage,
    trigger: j.trigger,
    progress: j.status === 'done' ? 1 : j.chunksTotal ? j.chunksDone / j.chunksTotal : 0,
    chunksDone: j.chunksDone,
    chunksTotal: j.chunksTotal,
    durationSec: j.durationSec,
    channels: j.channels,
    technologyId: j.technologyId,
    attempts: j.attempts,
    warnings: j.warnings,
    error: j.errorCode ? { code: j.errorCode, message: j.errorMessage ?? '' } : null,
    retryAt: j.status === 'queued' && j.errorCode ? j.runAfter : null,
    createdAt: j.createdAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
  };
}
