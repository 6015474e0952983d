import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from './columns.js';
import { accounts, users } from './identity.js';
import { calls } from './workspace.js';

export const SPEECH_JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type SpeechJobStatus = (typeof SPEECH_JOB_STATUSES)[number];

/** One span of one channel of a recording, transcribed as one AI request. */
export type SpeechChunkPlan = { channel: number | null; startSec: number; endSec: number };

/**
 * A durable transcription of a call's recording. The row is the work item: `queued` rows (and
 * `running` ones whose lease ran out, after a crash) are claimed by a worker; each chunk's result is
 * committed as it arrives, so a restarted job carries on from the first chunk without one.
 */
export const speechJobs = pgTable(
  'speech_jobs',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    /** The recording file this job transcribes; a newer upload supersedes the job. */
    recordingPath: text('recording_path').notNull(),
    /** The user on whose behalf it runs (who uploaded, or the call's owner). */
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    trigger: text('trigger').notNull(),
    status: text('status', { enum: SPEECH_JOB_STATUSES }).notNull().default('queued'),
    stage: text('stage').notNull().default('queued'),
    language: text('language'),
    technologyId: text('technology_id'),
    durationSec: real('duration_sec'),
    channels: smallint('channels'),
    chunksTotal: integer('chunks_total').notNull().default(0),
    chunksDone: integer('chunks_done').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    runAfter: ts('run_after').notNull().defaultNow(),
    leaseUntil: ts('lease_until'),
    warnings: jsonb('warnings').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    createdAt: ts('created_at').notNull().defaultNow(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('speech_jobs_call').on(t.callId, t.createdAt),
    index('speech_jobs_claim').on(t.status, t.runAfter),
    // At most one job in flight per call.
    uniqueIndex('speech_jobs_one_active').on(t.callId).where(sql`status in ('queued', 'running')`),
  ],
);

export type TranscribedWord = { word: string; start: number; end: number };

/** One planned chunk of a job and, once transcribed, its text with timestamps relative to the call. */
export const speechChunks = pgTable(
  'speech_chunks',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => speechJobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    channel: smallint('channel'),
    startSec: real('start_sec').notNull(),
    endSec: real('end_sec').notNull(),
    text: text('text'),
    segments: jsonb('segments').$type<{ start: number; end: number; text: string }[]>(),
    contentId: uuid('content_id'),
    technologyId: text('technology_id'),
    doneAt: ts('done_at'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);
