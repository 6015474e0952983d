import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { callEvent, callEventPayload, findCall } from './calls.repository.js';
import { removeRecordingFile } from './recording-files.js';

/** Removes the recording of a call; the file goes once the row no longer points at it. */
export async function deleteRecording(db: Database, actor: Actor, id: string, dir: string) {
  const previous = await db.transaction(async (tx) => {
    const call = await findCall(tx, actor, id, { forUpdate: true });
    if (!call.recordingPath) throw notFound('Recording');
    const [row] = await tx
      .update(calls)
      .set({ recordingPath: null, recordingMime: null, recordingBytes: null, ...touch(calls) })
      .where(eq(calls.id, id))
      .returning();
    await emitEvent(tx, {
      ...callEvent(actor, id),
      type: 'call.recording_deleted',
      payload: callEventPayload(row!),
    });
    return call.recordingPath;
  });
  await removeRecordingFile(dir, previous);
}
