import fs from 'node:fs';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { findCall } from './calls.repository.js';
import { recordingPath } from './recording-files.js';

/** Where the recording of a call the actor may see lives on disk, its size and content type. */
export async function openRecording(db: DbOrTx, actor: Actor, id: string, dir: string) {
  const call = await findCall(db, actor, id);
  if (!call.recordingPath) throw notFound('Recording');
  const file = recordingPath(dir, call.recordingPath);
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw notFound('Recording');
  return { file, size: stat.size, mime: call.recordingMime ?? 'application/octet-stream' };
}
