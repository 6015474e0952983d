import { and, eq, sql } from 'drizzle-orm';
import type { Subscriber } from '../../events/dispatcher.js';
import { AppError } from '../../shared/errors.js';
import { calls } from '../../store/schema/index.js';
import { enqueueTranscription } from './enqueue-transcription.js';

/**
 * A recording that arrives (uploaded, or recorded in the browser), or a call that ends with one, is
 * transcribed: the subscriber only queues the job (in the dispatcher's transaction), never decodes.
 * A call without recording consent gets no job.
 */
export const speechTriggers: Subscriber = {
  name: 'speech-transcription',
  types: ['call.recording_uploaded', 'call.ended'],
  async handle(tx, event) {
    if (!event.entityId) return;
    const [call] = await tx
      .select({ path: calls.recordingPath, consent: calls.recordingConsent })
      .from(calls)
      .where(and(eq(calls.accountId, event.accountId), eq(calls.id, event.entityId)));
    if (!call?.path || !call.consent) return;
    if (event.type === 'call.ended') {
      // Ending a call whose recording was already transcribed (or is being) changes nothing.
      const seen = await tx.execute(
        sql`select 1 from speech_jobs where call_id = ${event.entityId} and recording_path = ${call.path} and status <> 'cancelled' limit 1`,
      );
      if (seen.rows.length) return;
    }
    try {
      await enqueueTranscription(tx, event.accountId, event.entityId, event.actorUserId, event.type);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  },
};
