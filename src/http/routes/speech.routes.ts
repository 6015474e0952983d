import { z } from 'zod';
import { offlineSpeechEngine } from '../../governance/index.js';
import { requireAdmin } from '../../shared/require-admin.js';
import { readSpeechBenchResults } from '../../speech/audio/bench-results.js';
import {
  callInsights,
  cancelTranscription,
  detectAudioTools,
  latestTranscription,
  requestTranscription,
} from '../../speech/index.js';
import { TranscriptionOut, toTranscriptionOut } from '../../speech/jobs/transcription.schema.js';
import { findCall } from '../../workspace/calls/calls.repository.js';
import type { App, AppDeps } from '../types.js';
import { IdParams } from './params.js';

const tags = ['speech'];
const BENCH_RESULTS = new URL('../../../bench/results/', import.meta.url).pathname;

const Insights = z.object({
  durationSec: z.number(),
  speakers: z.array(
    z.object({
      speaker: z.string(),
      talkSec: z.number(),
      talkShare: z.number(),
      words: z.number().int(),
      wordsPerMinute: z.number().int(),
      questions: z.number().int(),
    }),
  ),
  longestMonologue: z.object({ speaker: z.string(), startSec: z.number(), seconds: z.number() }).nullable(),
  switchesPerMinute: z.number(),
  silenceShare: z.number(),
});

export async function speechRoutes(app: App, { db, speech }: AppDeps) {
  app.get(
    '/calls/:id/transcription',
    {
      schema: {
        tags,
        summary: "The call's latest transcription: status, stage and progress",
        params: IdParams,
        response: { 200: z.object({ transcription: TranscriptionOut.nullable() }) },
      },
    },
    async (req) => {
      const job = await latestTranscription(db, req.actor, req.params.id);
      return { transcription: job ? toTranscriptionOut(job) : null };
    },
  );
  app.post(
    '/calls/:id/transcription',
    {
      schema: {
        tags,
        summary: "Transcribe the call's recording (again): a durable job; needs recording consent",
        params: IdParams,
        response: { 202: TranscriptionOut },
      },
    },
    async (req, reply) => {
      const job = await requestTranscription(db, req.actor, req.params.id);
      speech.worker.kick();
      return reply.code(202).send(toTranscriptionOut(job));
    },
  );
  app.delete(
    '/calls/:id/transcription',
    {
      schema: {
        tags,
        summary: 'Stop the transcription in progress',
        params: IdParams,
        response: { 200: TranscriptionOut },
      },
    },
    async (req) => toTranscriptionOut(await cancelTranscription(db, req.actor, req.params.id)),
  );
  app.get(
    '/calls/:id/insights',
    {
      schema: {
        tags,
        summary: 'Conversation figures from the transcript: talk ratio, questions, longest monologue',
        params: IdParams,
        response: { 200: Insights },
      },
    },
    async (req) => {
      const call = await findCall(db, req.actor, req.params.id);
      const durationSec =
        call.startedAt && call.endedAt ? (call.endedAt.getTime() - call.startedAt.getTime()) / 1000 : null;
      return callInsights(call.transcriptSegments ?? [], durationSec);
    },
  );
  app.get(
    '/speech/engines',
    {
      schema: {
        tags,
        summary:
          'Admin: the speech engines on this server, how to install a missing one, and their measured quality',
        response: {
          200: z.object({
            offline: z.object({
              available: z.boolean(),
              version: z.string().optional(),
              reason: z.string().optional(),
              install: z.string(),
            }),
            decoder: z.object({
              available: z.boolean(),
              version: z.string().nullable(),
              install: z.string(),
            }),
            bench: z
              .unknown()
              .describe('The last `npm run bench speech` results (WER, real-time factor per engine)'),
          }),
        },
      },
    },
    async (req) => {
      requireAdmin(req.actor);
      const [offline, tools, bench] = await Promise.all([
        offlineSpeechEngine(),
        detectAudioTools(),
        readSpeechBenchResults(BENCH_RESULTS),
      ]);
      return {
        offline,
        decoder: {
          available: !!tools.ffmpeg,
          version: tools.ffmpeg?.version ?? null,
          install: tools.install,
        },
        bench,
      };
    },
  );
}
