import { and, eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database, Tx } from '../../store/database.js';
import { calls, type TranscriptOrigin, type TranscriptSegment } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { TranscriptIn } from './call.schema.js';
import { callEvent, callEventPayload, findCall, toCallOut } from './calls.repository.js';

/**
 * Stores a transcript typed or corrected by a person, with speaker segments. Correcting an AI
 * transcript keeps its origin (which technology, which contents) and records who edited it.
 */
export async function saveTranscript(db: Database, actor: Actor, id: string, input: TranscriptIn) {
  const data = TranscriptIn.parse(input);
  for (const [i, s] of (data.segments ?? []).entries()) {
    if (s.end < s.start)
      throw new AppError('validation_failed', 'A segment ends before it starts', [
        { path: `segments.${i}.end`, message: 'before start' },
      ]);
  }
  return db.transaction(async (tx) => {
    const current = await findCall(tx, actor, id, { forUpdate: true });
    const origin: TranscriptOrigin =
      current.transcriptOrigin?.by === 'speech'
        ? { ...current.transcriptOrigin, editedBy: actor.userId, editedAt: new Date().toISOString() }
        : { by: 'person', editedBy: actor.userId, editedAt: new Date().toISOString() };
    return toCallOut(
      await writeTranscript(tx, actor, id, { text: data.text, segments: data.segments ?? null }, origin),
    );
  });
}

/** Writes a call's transcript and emits `call.transcript_updated` (CoPilot summarises on it), in `tx`. */
export async function writeTranscript(
  tx: Tx,
  actor: Actor,
  id: string,
  data: { text: string; segments: TranscriptSegment[] | null },
  origin: TranscriptOrigin,
) {
  const [row] = await tx
    .update(calls)
    .set({
      transcript: data.text,
      transcriptSegments: data.segments,
      transcriptOrigin: origin,
      ...touch(calls),
    })
    .where(and(eq(calls.accountId, actor.accountId), eq(calls.id, id)))
    .returning();
  if (!row) throw new AppError('not_found', 'Call not found');
  await emitEvent(tx, {
    ...callEvent(actor, id),
    type: 'call.transcript_updated',
    payload: {
      ...callEventPayload(row),
      by: origin.by,
      words: data.text.split(/\s+/).filter(Boolean).length,
    },
  });
  return row;
}
