import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { callEvent, callEventPayload, findCall, toCallOut } from './calls.repository.js';
import { removeRecordingFile, storeRecording } from './recording-files.js';

export type RecordingStorage = { dir: string; maxBytes: number };

function assertConsent(call: { recordingConsent: boolean }): void {
  if (!call.recordingConsent)
    throw new AppError(
      'consent_required',
      'Recording consent is missing for this call; set recordingConsent once every party has agreed',
    );
}

/**
 * Attaches an uploaded recording to a call whose parties consented, replacing an earlier one. The
 * file is complete and durable on disk before the row points at it; the replaced file is deleted
 * only after the commit, and the new one if the commit fails.
 */
export async function uploadRecording(
  db: Database,
  actor: Actor,
  id: string,
  body: Readable,
  storage: RecordingStorage,
) {
  assertConsent(await findCall(db, actor, id));
  const stored = await storeRecording(body, storage.dir, actor.accountId, id, storage.maxBytes);
  let previous: string | null = null;
  try {
    const row = await db.transaction(async (tx) => {
      // Again under the row lock: consent may have been withdrawn, or the call deleted, meanwhile.
      const current = await findCall(tx, actor, id, { forUpdate: true });
      assertConsent(current);
      previous = current.recordingPath;
      const [updated] = await tx
        .update(calls)
        .set({
          recordingPath: stored.relativePath,
          recordingMime: stored.mime,
          recordingBytes: stored.bytes,
          ...touch(calls),
        })
        .where(eq(calls.id, id))
        .returning();
      await emitEvent(tx, {
        ...callEvent(actor, id),
        type: 'call.recording_uploaded',
        payload: { ...callEventPayload(updated!), mime: stored.mime, bytes: stored.bytes },
      });
      return updated!;
    });
    await removeRecordingFile(storage.dir, previous);
    return toCallOut(row);
  } catch (err) {
    await removeRecordingFile(storage.dir, stored.relativePath);
    throw err;
  }
}
