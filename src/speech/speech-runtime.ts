import { and, eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import { proposeAutofill } from '../copilot/index.js';
import type { Governance } from '../governance/index.js';
import type { Database } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';
import { calls } from '../store/schema/index.js';
import { ffmpegAudio, type SpeechAudio } from './jobs/speech-audio.js';
import { SpeechWorker, type SpeechWorkerOptions } from './jobs/speech-worker.js';

export type Speech = { worker: SpeechWorker; close(): Promise<void> };

/**
 * Speech for one process: the transcription worker. Once a call's transcript is written, CoPilot
 * summarises it (from the transcript event) and, for a call on a deal, a CRM auto-fill proposal is
 * prepared for the person the call was transcribed for, to review.
 */
export function createSpeech(opts: {
  config: Pick<Config, 'COHELM_SPEECH_MAX_MINUTES' | 'COHELM_SPEECH_JOBS' | 'COHELM_SPEECH_LEASE_SECONDS'>;
  db: Database;
  governance: Governance;
  recordingsDir: string;
  listener?: PgListener;
  audio?: SpeechAudio;
  log?: (err: unknown, msg: string) => void;
  /** Run the worker (off in tests that drive it by hand). */
  startWorker?: boolean;
  worker?: Partial<SpeechWorkerOptions>;
}): Speech {
  const worker = new SpeechWorker({
    db: opts.db,
    governance: opts.governance,
    recordingsDir: opts.recordingsDir,
    listener: opts.listener,
    audio: opts.audio ?? ffmpegAudio,
    log: opts.log,
    maxDurationSec: opts.config.COHELM_SPEECH_MAX_MINUTES * 60,
    concurrency: opts.config.COHELM_SPEECH_JOBS,
    leaseSec: opts.config.COHELM_SPEECH_LEASE_SECONDS,
    async afterTranscript(job, actor) {
      const [call] = await opts.db
        .select({ dealId: calls.dealId })
        .from(calls)
        .where(and(eq(calls.accountId, job.accountId), eq(calls.id, job.callId)));
      if (!call?.dealId) return;
      await proposeAutofill(
        opts.db,
        opts.governance,
        actor,
        { dealId: call.dealId, source: { type: 'call', id: job.callId } },
        AbortSignal.timeout(120_000),
      );
    },
    ...opts.worker,
  });
  if (opts.startWorker ?? true) worker.start();
  return {
    worker,
    async close() {
      await worker.stop();
    },
  };
}
