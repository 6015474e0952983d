import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { removeEntity } from '../shared/remove-entity.js';
import { assertMayDelete } from '../shared/stamps.js';
import { findCall } from './calls.repository.js';
import { removeRecordingFile } from './recording-files.js';

/** The owner or an admin deletes a call with its timeline; its recording file goes after the commit. */
export async function deleteCall(db: Database, actor: Actor, id: string, dir: string) {
  const file = await db.transaction(async (tx) => {
    const call = await findCall(tx, actor, id, { forUpdate: true });
    assertMayDelete('call', actor, [call.ownerId]);
    await removeEntity(tx, actor, 'call', id, 'call.deleted', { dealId: call.dealId });
    return call.recordingPath;
  });
  await removeRecordingFile(dir, file);
}
