import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { actorFor } from '../../copilot/shared/actor-for.js';
import type { Governance } from '../../governance/index.js';
import { transcribeGoverned } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { claimLeased } from '../../store/claim-leased.js';
import type { Database } from '../../store/database.js';
import type { PgListener } from '../../store/pg-listener.js';
import { calls, type SpeechChunkPlan, speechChunks, speechJobs } from '../../store/schema/index.js';
import { WorkLoop } from '../../store/work-loop.js';
import { recordingPath } from '../../workspace/calls/recording-files.js';
import { writeTranscript } from '../../workspace/calls/save-transcript.js';
import { assembleTranscript } from '../transcript/assemble.js';
import { vocabularyFor } from '../transcript/vocabulary.js';
import { SPEECH_WORK_CHANNEL } from './enqueue-transcription.js';
import type { SpeechAudio } from './speech-audio.js';

type Job = typeof speechJobs.$inferSelect;

export type SpeechWorkerOptions = {
  db: Database;
  governance: Governance;
  recordingsDir: string;
  audio: SpeechAudio;
  listener?: PgListener;
  /** Jobs transcribed at once by this process (each also limited by the engine's own limit). */
  concurrency?: number;
  pollMs?: number;
  /** A crashed process's job is taken over this long after its last heartbeat. */
  leaseSec?: number;
  /** The longest recording transcribed; the rest is left out with a warning. */
  maxDurationSec?: number;
  /** Per child process (probe, plan, decode) and per chunk's transcription. */
  chunkTimeoutMs?: number;
  /**
   * What one attempt may take in all; past it the transcript keeps the parts done so far, with a
   * warning. Default: 4× the recording's length, at least 15 minutes.
   */
  jobTimeoutMs?: number;
  /** Attempts of a job whose failures may pass (a technology down, a timeout). */
  maxAttempts?: number;
  /** Called once a job's transcript is on the call (the CRM auto-fill proposal runs here). */
  afterTranscript?: (job: Job, onBehalfOf: Actor) => Promise<void>;
  log?: (err: unknown, msg: string) => void;
};

/** Codes of failures that another attempt may not see. */
const RETRYABLE = new Set([
  'ai_unreachable',
  'ai_rate_limited',
  'ai_timeout',
  'ai_provider_error',
  'ai_bad_response',
  'ai_unavailable',
  'ai_stream_interrupted',
  'audio_timeout',
]);

class JobStopped extends Error {}

/** A length in words: "45 seconds", "1 minute", "2 hours 5 minutes". */
export function spoken(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return unit(Math.max(1, Math.round(seconds)), 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const rest = minutes % 60;
  return `${unit(Math.floor(minutes / 60), 'hour')}${rest ? ` ${unit(rest, 'minute')}` : ''}`;
}

/**
 * Transcribes queued recordings. A job is claimed with SKIP LOCKED and a lease that a heartbeat keeps
 * fresh; its plan (the chunks) and each chunk's transcript are committed as they are made, so after
 * kill -9 another process (or the restarted one) takes the job over once the lease ends and goes on
 * from the first chunk without a transcript. Recording consent is read again before anything is
 * decoded and before each chunk: without it nothing is decoded or sent.
 */
export class SpeechWorker {
  private readonly loop: WorkLoop;

  constructor(private readonly opts: SpeechWorkerOptions) {
    this.loop = new WorkLoop({
      channel: SPEECH_WORK_CHANNEL,
      listener: opts.listener,
      pollMs: opts.pollMs ?? 2000,
      drain: () => this.drain(),
      log: opts.log,
      what: 'Transcription work',
    });
  }

  start(): void {
    this.loop.start();
  }

  kick(): void {
    this.loop.kick();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Works until no job is ready. Tests call it to run the work deterministically. */
  async drain(): Promise<number> {
    let done = 0;
    for (;;) {
      if (this.loop.stopped) return done;
      const jobs = await this.claim(this.opts.concurrency ?? 1);
      if (!jobs.length) return done;
      await Promise.all(jobs.map((j) => this.run(j)));
      done += jobs.length;
    }
  }

  private get leaseSec() {
    return this.opts.leaseSec ?? 30;
  }

  private async claim(limit: number): Promise<Job[]> {
    const ids = await claimLeased(this.opts.db, 'speech_jobs', limit, this.leaseSec);
    if (!ids.length) return [];
    return this.opts.db.select().from(speechJobs).where(inArray(speechJobs.id, ids));
  }

  /** Moves the job on, if this worker still holds it; false when it was cancelled or taken over. */
  private async update(job: Job, set: PgUpdateSetSource<typeof speechJobs>): Promise<boolean> {
    const rows = await this.opts.db
      .update(speechJobs)
      .set({ ...set, updatedAt: new Date() })
      .where(
        and(
          eq(speechJobs.id, job.id),
          eq(speechJobs.status, 'running'),
          eq(speechJobs.attempts, job.attempts),
        ),
      )
      .returning({ id: speechJobs.id });
    return rows.length > 0;
  }

  private async run(job: Job): Promise<void> {
    const abort = new AbortController();
    // The heartbeat keeps the lease; a job cancelled (or taken over) meanwhile stops at once.
    const beat = setInterval(
      () => {
        this.opts.db
          .update(speechJobs)
          .set({ leaseUntil: sql`now() + make_interval(secs => ${this.leaseSec})` })
          .where(
            and(
              eq(speechJobs.id, job.id),
              eq(speechJobs.status, 'running'),
              eq(speechJobs.attempts, job.attempts),
            ),
          )
          .returning({ id: speechJobs.id })
          .then((rows) => {
            if (!rows.length) abort.abort(new JobStopped());
          })
          .catch((err) => this.opts.log?.(err, 'transcription heartbeat failed'));
      },
      (this.leaseSec * 1000) / 3,
    );
    beat.unref();
    try {
      await this.transcribe(job, abort.signal);
    } catch (err) {
      if (err instanceof JobStopped || abort.signal.reason instanceof JobStopped) return;
      await this.fail(job, err);
    } finally {
      clearInterval(beat);
    }
  }

  private async fail(job: Job, err: unknown): Promise<void> {
    const known = err instanceof AppError;
    if (!known) this.opts.log?.(err, 'transcription failed');
    const code = known ? err.code : 'internal';
    const message = known ? err.message : 'Something went wrong transcribing this recording';
    if (RETRYABLE.has(code) && job.attempts < (this.opts.maxAttempts ?? 4)) {
      // Back off 10 s, 40 s, 90 s…; the chunks done so far are kept.
      await this.update(job, {
        status: 'queued',
        stage: 'waiting to retry',
        runAfter: sql`now() + make_interval(secs => ${10 * job.attempts ** 2})`,
        leaseUntil: null,
        errorCode: code,
        errorMessage: message,
      });
      return;
    }
    await this.update(job, {
      status: 'failed',
      stage: 'failed',
      leaseUntil: null,
      errorCode: code,
      errorMessage: message,
      finishedAt: new Date(),
    });
  }

  /** The call as the job needs it; stops the job when the call or its recording went away. */
  private async currentCall(job: Job) {
    const [call] = await this.opts.db
      .select({
        consent: calls.recordingConsent,
        path: calls.recordingPath,
        ownerId: calls.ownerId,
        dealId: calls.dealId,
      })
      .from(calls)
      .where(and(eq(calls.accountId, job.accountId), eq(calls.id, job.callId)));
    if (!call || call.path !== job.recordingPath) {
      await this.update(job, {
        status: 'cancelled',
        stage: 'cancelled',
        errorCode: 'superseded',
        errorMessage: call ? 'A newer recording replaced this one' : 'The recording was deleted',
        finishedAt: new Date(),
        leaseUntil: null,
      });
      throw new JobStopped();
    }
    if (!call.consent)
      throw new AppError(
        'consent_required',
        'Recording consent was withdrawn; the recording is not transcribed',
      );
    return call;
  }

  private async transcribe(job: Job, signal: AbortSignal): Promise<void> {
    const { db, audio } = this.opts;
    const timeoutMs = this.opts.chunkTimeoutMs ?? 120_000;
    const call = await this.currentCall(job);
    const onBehalfOf = job.requestedBy ?? call.ownerId;
    const actor = onBehalfOf ? await actorFor(db, job.accountId, onBehalfOf) : undefined;
    if (!actor) throw new AppError('not_found', 'The user this transcription is for no longer exists');
    const file = recordingPath(this.opts.recordingsDir, job.recordingPath);
    let durationSec = job.durationSec ?? 0;

    if (job.chunksTotal === 0) {
      await this.update(job, { stage: 'reading the recording' });
      const probe = await audio.probe(file, { timeoutMs, signal });
      const max = this.opts.maxDurationSec ?? 4 * 3600;
      const warnings: string[] = [];
      if (probe.durationSec > max)
        warnings.push(
          `The recording is ${spoken(probe.durationSec)} long; only the first ${spoken(max)} are transcribed`,
        );
      durationSec = probe.durationSec;
      await this.update(job, {
        stage: 'finding speech',
        durationSec: probe.durationSec,
        channels: probe.channels,
      });
      const plan = (
        await audio.plan(file, probe, { timeoutMs: Math.max(timeoutMs, probe.durationSec * 1000), signal })
      )
        .filter((c) => c.startSec < max)
        .map((c) => ({ ...c, endSec: Math.min(c.endSec, max) }));
      if (!plan.length) warnings.push('No speech was found in the recording');
      await this.savePlan(job, plan, warnings);
      job = { ...job, chunksTotal: plan.length, warnings: [...job.warnings, ...warnings] };
    }

    const vocabulary = await vocabularyFor(db, job.accountId, job.callId);
    const pending = await db
      .select()
      .from(speechChunks)
      .where(and(eq(speechChunks.jobId, job.id), isNull(speechChunks.doneAt)))
      .orderBy(asc(speechChunks.seq));
    const budgetMs = this.opts.jobTimeoutMs ?? Math.max(15 * 60_000, 4 * durationSec * 1000);
    const deadline = Date.now() + budgetMs;
    for (const [i, chunk] of pending.entries()) {
      if (signal.aborted) throw new JobStopped();
      if (Date.now() > deadline) {
        const left = pending.length - i;
        await this.warn(
          job,
          `Transcription stopped after ${spoken(budgetMs / 1000)}; the transcript covers ${job.chunksTotal - left} of ${job.chunksTotal} parts of the recording`,
        );
        break;
      }
      const current = await this.currentCall(job);
      await this.update(job, { stage: 'transcribing' });
      const wav = await audio.decode(
        file,
        { channel: chunk.channel, startSec: chunk.startSec, endSec: chunk.endSec },
        { timeoutMs, signal },
      );
      const r = await transcribeGoverned(
        this.opts.governance,
        {
          id: newId(),
          accountId: job.accountId,
          userId: actor.userId,
          initiator: { type: 'system', event: `call.transcription`, onBehalfOf: actor.userId },
          surface: 'call',
          speech: { recordingConsent: current.consent },
          audio: {
            audio: wav,
            mediaType: 'audio/wav',
            ...(job.language ? { language: job.language } : {}),
            ...vocabulary,
          },
        },
        AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      );
      await db.transaction(async (tx) => {
        await tx
          .update(speechChunks)
          .set({
            text: r.transcript.text,
            segments: r.transcript.segments,
            contentId: r.contentId,
            technologyId: r.technologyId,
            doneAt: new Date(),
          })
          .where(and(eq(speechChunks.jobId, job.id), eq(speechChunks.seq, chunk.seq)));
        await tx
          .update(speechJobs)
          .set({
            chunksDone: sql`${speechJobs.chunksDone} + 1`,
            technologyId: r.technologyId,
            errorCode: null,
            errorMessage: null,
            updatedAt: new Date(),
          })
          .where(eq(speechJobs.id, job.id));
      });
    }
    await this.finish(job, actor, signal);
  }

  private async warn(job: Job, warning: string): Promise<void> {
    await this.opts.db
      .update(speechJobs)
      .set({ warnings: sql`${speechJobs.warnings} || ${JSON.stringify([warning])}::jsonb` })
      .where(eq(speechJobs.id, job.id));
  }

  private async savePlan(job: Job, plan: SpeechChunkPlan[], warnings: string[]): Promise<void> {
    await this.opts.db.transaction(async (tx) => {
      await tx.delete(speechChunks).where(eq(speechChunks.jobId, job.id));
      if (plan.length)
        await tx.insert(speechChunks).values(
          plan.map((c, seq) => ({
            jobId: job.id,
            seq,
            channel: c.channel,
            startSec: c.startSec,
            endSec: c.endSec,
          })),
        );
      await tx
        .update(speechJobs)
        .set({
          chunksTotal: plan.length,
          chunksDone: 0,
          warnings: sql`${speechJobs.warnings} || ${JSON.stringify(warnings)}::jsonb`,
          updatedAt: new Date(),
        })
        .where(eq(speechJobs.id, job.id));
    });
  }

  /** Puts the transcript on the call (CoPilot summarises it from the event) and closes the job. */
  private async finish(job: Job, actor: Actor, signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new JobStopped();
    const { db } = this.opts;
    const chunks = await db
      .select()
      .from(speechChunks)
      .where(eq(speechChunks.jobId, job.id))
      .orderBy(asc(speechChunks.seq));
    const transcript = assembleTranscript(
      chunks.map((c) => ({
        channel: c.channel,
        startSec: c.startSec,
        endSec: c.endSec,
        text: c.text ?? '',
        segments: c.segments ?? [],
      })),
    );
    const finished = await db.transaction(async (tx) => {
      const [held] = await tx
        .select({ id: speechJobs.id })
        .from(speechJobs)
        .where(
          and(
            eq(speechJobs.id, job.id),
            eq(speechJobs.status, 'running'),
            eq(speechJobs.attempts, job.attempts),
          ),
        )
        .for('update');
      if (!held) return false;
      await writeTranscript(tx, actor, job.callId, transcript, {
        by: 'speech',
        jobId: job.id,
        technologyIds: [...new Set(chunks.flatMap((c) => (c.technologyId ? [c.technologyId] : [])))],
        contentIds: chunks.flatMap((c) => (c.contentId ? [c.contentId] : [])),
      });
      await tx
        .update(speechJobs)
        .set({
          status: 'done',
          stage: 'done',
          leaseUntil: null,
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(speechJobs.id, job.id));
      return true;
    });
    if (finished && this.opts.afterTranscript)
      await this.opts.afterTranscript(job, actor).catch((err) => this.opts.log?.(err, 'after a transcript'));
  }
}
