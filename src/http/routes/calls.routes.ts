import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  CallCreate,
  CallListQuery,
  CallOut,
  CallUpdate,
  TranscriptIn,
} from '../../workspace/calls/call.schema.js';
import { findCall, listCalls, toCallOut } from '../../workspace/calls/calls.repository.js';
import { deleteCall } from '../../workspace/calls/delete-call.js';
import { deleteRecording } from '../../workspace/calls/delete-recording.js';
import { endCall } from '../../workspace/calls/end-call.js';
import { logCall } from '../../workspace/calls/log-call.js';
import { openRecording } from '../../workspace/calls/open-recording.js';
import { tooLarge } from '../../workspace/calls/recording-files.js';
import { saveTranscript } from '../../workspace/calls/save-transcript.js';
import { startCall } from '../../workspace/calls/start-call.js';
import { updateCall } from '../../workspace/calls/update-call.js';
import { uploadRecording } from '../../workspace/calls/upload-recording.js';
import type { App, AppDeps } from '../types.js';
import { crudRoutes } from './crud-routes.js';
import { IdParams, NoContent } from './params.js';

const AUDIO_TYPES = [
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
  'audio/mpeg',
  'audio/mp3',
  'audio/ogg',
  'audio/opus',
  'audio/webm',
  'video/webm',
  'audio/mp4',
  'audio/x-m4a',
  'audio/m4a',
  'audio/flac',
  'application/octet-stream',
];
const tags = ['calls'];

/** `bytes=start-end` → a byte range inside the file, or undefined for a whole-file answer. */
function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | undefined {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m) return header ? 'invalid' : undefined;
  const [, a, b] = m;
  const start = a ? Number(a) : size - Number(b);
  const end = a && b ? Math.min(Number(b), size - 1) : size - 1;
  return start >= 0 && start <= end && start < size ? { start, end } : 'invalid';
}

export async function callRoutes(app: App, { db, config }: AppDeps) {
  const storage = { dir: config.recordingsDir, maxBytes: config.COHELM_MAX_RECORDING_MB * 1024 * 1024 };

  crudRoutes(app, {
    path: '/calls',
    tag: 'calls',
    noun: 'call',
    Out: CallOut,
    Create: CallCreate,
    Update: CallUpdate,
    ListQuery: CallListQuery,
    list: (actor, q) => listCalls(db, actor, q),
    create: (actor, body) => logCall(db, actor, body),
    get: async (actor, id) => toCallOut(await findCall(db, actor, id)),
    update: (actor, id, body) => updateCall(db, actor, id, body),
    remove: (actor, id) => deleteCall(db, actor, id, storage.dir),
  });

  app.post(
    '/calls/:id/start',
    {
      schema: {
        tags,
        summary: 'Start a planned call (emits call.started)',
        params: IdParams,
        response: { 200: CallOut },
      },
    },
    async (req) => startCall(db, req.actor, req.params.id),
  );
  app.post(
    '/calls/:id/end',
    {
      schema: {
        tags,
        summary: 'End a call (emits call.ended)',
        params: IdParams,
        response: { 200: CallOut },
      },
    },
    async (req) => endCall(db, req.actor, req.params.id),
  );
  app.put(
    '/calls/:id/transcript',
    {
      schema: {
        tags,
        summary: 'Store the call transcript, with speaker segments',
        params: IdParams,
        body: TranscriptIn,
        response: { 200: CallOut },
      },
    },
    async (req) => saveTranscript(db, req.actor, req.params.id, req.body),
  );

  // The recording upload streams to disk: this encapsulated plugin's parser hands Fastify's raw body
  // stream through instead of buffering it. Fastify applies bodyLimit only to bodies it reads itself,
  // so the parser refuses a declared length over the cap and storeRecording counts the bytes.
  await app.register(async (plain) => {
    const recordings = plain as unknown as App;
    recordings.addContentTypeParser(AUDIO_TYPES, (req, payload, done) => {
      const declared = Number(req.headers['content-length']);
      if (declared > storage.maxBytes) done(tooLarge(storage.maxBytes), undefined);
      else done(null, payload);
    });
    recordings.put(
      '/calls/:id/recording',
      {
        bodyLimit: storage.maxBytes,
        schema: {
          tags,
          summary: `Upload the call recording (raw audio body, streamed; at most ${config.COHELM_MAX_RECORDING_MB} MB)`,
          description:
            'WAV, MP3, OGG/Opus, WebM, M4A or FLAC, checked by content. The call must have recordingConsent.',
          params: IdParams,
          consumes: AUDIO_TYPES,
          response: { 200: CallOut },
        },
      },
      async (req, reply) => {
        try {
          return await uploadRecording(db, req.actor, req.params.id, req.body as Readable, storage);
        } catch (err) {
          // We stopped reading part-way (too large, not audio, no consent): answer, then close the
          // connection rather than read the rest of the upload.
          if (!req.raw.complete) reply.header('connection', 'close');
          throw err;
        }
      },
    );
  });

  app.get(
    '/calls/:id/recording',
    {
      schema: {
        tags,
        summary: 'Download or play the recording (supports Range)',
        params: IdParams,
        produces: ['audio/*'],
        response: {
          200: z.any().describe('the audio file'),
          206: z.any().describe('a byte range'),
          416: z.null().describe('the range is outside the file'),
        },
      },
    },
    async (req, reply) => {
      const rec = await openRecording(db, req.actor, req.params.id, storage.dir);
      const range = parseRange(req.headers.range, rec.size);
      reply.header('accept-ranges', 'bytes').header('cache-control', 'private, no-store').type(rec.mime);
      if (range === 'invalid')
        return reply.status(416).header('content-range', `bytes */${rec.size}`).send(null);
      if (range) {
        reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${rec.size}`);
        reply.header('content-length', range.end - range.start + 1);
        return reply.send(fs.createReadStream(rec.file, range));
      }
      reply.header('content-length', rec.size);
      return reply.send(fs.createReadStream(rec.file));
    },
  );
  app.delete(
    '/calls/:id/recording',
    { schema: { tags, summary: 'Delete the recording', params: IdParams, response: NoContent } },
    async (req, reply) => {
      await deleteRecording(db, req.actor, req.params.id, storage.dir);
      return reply.status(204).send(null);
    },
  );
}
