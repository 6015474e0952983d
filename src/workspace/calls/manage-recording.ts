import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { removeEntity } from '../shared/remove-entity.js';
import { assertMayDelete, touch } from '../shared/stamps.js';
import { callEventPayload, findCall, toCallOut } from './calls.repository.js';
import { recordingPath, removeRecordingFile, storeRecording } from './recording-files.js';

type Storage = { dir: string; maxBytes: number };

/** Attaches an uploaded recording to a call whose parties consented; replaces an earlier one. */
export async function uploadRecording(
  db: Database,
  actor: Actor,
  id: string,
  body: Readable,
  storage: Storage,
) {
  const call = await findCall(db, actor, id);
  if (!call.recordingConsent) {
    body.resume();
    throw new AppError(
      'consent_required',
      'Recording consent is not recorded for this call; set recordingConsent first',
    );
  }
  const stored = await storeRecording(body, storage.dir, actor.accountId, id, storage.maxBytes);
  let previous: string | null = null;
  try {
    const row = await db.transaction(async (tx) => {
      const current = await findCall(tx, actor, id, { forUpdate: true });
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
        accountId: actor.accountId,
        actorUserId: actor.userId,
        entityType: 'call',
        entityId: id,
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

/** Opens the recording for someone who may see the call. */
export async function openRecording(db: Database, actor: Actor, id: string, dir: string) {
  const call = await findCall(db, actor, id);
  if (!call.recordingPath) throw notFound('Recording');
  const file = recordingPath(dir, call.recordingPath);
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat) throw notFound('Recording');
  return { file, size: stat.size, mime: call.recordingMime ?? 'application/octet-stream' };
}

export async function deleteRecording(db: Database, actor: Actor, id: string, dir: string) {
  const previous = await db.transaction(async (tx) => {
    const call = await findCall(tx, actor, id, { forUpdate: true });
    if (!call.recordingPath) throw notFound('Recording');
    await tx
      .update(calls)
      .set({ recordingPath: null, recordingMime: null, recordingBytes: null, ...touch(calls) })
      .where(eq(calls.id, id));
    return call.recordingPath;
  });
  await removeRecordingFile(dir, previous);
}

/** The owner or an admin deletes a call; its recording file goes after the row is gone. */
export async function deleteCall(db: Database, actor: Actor, id: string, dir: string) {
  const file = await db.transaction(async (tx) => {
    const call = await findCall(tx, actor, id, { forUpdate: true });
    assertMayDelete('call', actor, [call.ownerId]);
    await removeEntity(tx, actor, 'call', id, 'call.deleted', { dealId: call.dealId });
    return call.recordingPath;
  });
  await removeRecordingFile(dir, file);
}
