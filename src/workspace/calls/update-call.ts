import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { assertVersion, touch } from '../shared/stamps.js';
import { CallUpdate } from './call.schema.js';
import {
  assertCallReferences,
  assertCallTimes,
  callEvent,
  findCall,
  toCallOut,
  withParticipantUsers,
} from './calls.repository.js';

const asDate = (v: string | null | undefined, current: Date | null) =>
  v === undefined ? current : v === null ? null : new Date(v);

/**
 * Partial update. The status moves only through start and end (which emit their events); times may be
 * corrected. Consent cannot be withdrawn while a recording exists: delete the recording first.
 */
export async function updateCall(db: Database, actor: Actor, id: string, input: CallUpdate) {
  const { version, ...patch } = CallUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findCall(tx, actor, id, { forUpdate: true });
    assertVersion('call', current, version);
    const startedAt = asDate(patch.startedAt, current.startedAt);
    const endedAt = asDate(patch.endedAt, current.endedAt);
    assertCallTimes(current.status, startedAt, endedAt);
    if (patch.recordingConsent === false && current.recordingPath)
      throw new AppError(
        'consent_required',
        'The call has a recording; delete it before withdrawing the recording consent',
      );
    await assertCallReferences(tx, actor, patch);
    const participantIds =
      patch.participantIds || patch.participants
        ? withParticipantUsers(
            patch.participantIds ?? current.participantIds,
            patch.participants ?? current.participants,
          )
        : undefined;
    const [row] = await tx
      .update(calls)
      .set({ ...patch, participantIds, startedAt, endedAt, ...touch(calls) })
      .where(eq(calls.id, id))
      .returning();
    await emitEvent(tx, {
      ...callEvent(actor, id),
      type: 'call.updated',
      payload: { fields: Object.keys(patch) },
    });
    return toCallOut(row!);
  });
}
