import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { TranscriptIn } from './call.schema.js';
import { callEvent, callEventPayload, findCall, toCallOut } from './calls.repository.js';

/** Stores a transcript (from a speech engine or typed by a person) with speaker segments. */
export async function saveTranscript(db: Database, actor: Actor, id: string, input: TranscriptIn) {
  const data = TranscriptIn.parse(input);
  for (const [i, s] of (data.segments ?? []).entries()) {
    if (s.end < s.start)
      throw new AppError('validation_failed', 'A segment ends before it starts', [
        { path: `segments.${i}.end`, message: 'before start' },
      ]);
  }
  return db.transaction(async (tx) => {
    await findCall(tx, actor, id, { forUpdate: true });
    const [row] = await tx
      .update(calls)
      .set({ transcript: data.text, transcriptSegments: data.segments ?? null, ...touch(calls) })
      .where(eq(calls.id, id))
      .returning();
    await emitEvent(tx, {
      ...callEvent(actor, id),
      type: 'call.transcript_updated',
      payload: { ...callEventPayload(row!), words: data.text.split(/\s+/).filter(Boolean).length },
    });
    return toCallOut(row!);
  });
}
