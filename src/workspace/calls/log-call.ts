import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { CallCreate } from './call.schema.js';
import {
  assertCallReferences,
  assertCallTimes,
  callEvent,
  callEventPayload,
  toCallOut,
  withParticipantUsers,
} from './calls.repository.js';

/**
 * Creates a call: planned, already in progress, or logged after the fact as ended. Each state emits
 * the events a live call would have (call.started, call.ended) so that subscribers see one story.
 */
export async function logCall(db: Database, actor: Actor, input: CallCreate) {
  const data = CallCreate.parse(input);
  const now = new Date();
  const startedAt = data.startedAt ? new Date(data.startedAt) : data.status === 'planned' ? null : now;
  const endedAt = data.endedAt
    ? new Date(data.endedAt)
    : data.status === 'ended' || data.status === 'missed'
      ? now
      : null;
  assertCallTimes(data.status, startedAt, endedAt);
  return db.transaction(async (tx) => {
    const ownerId = data.ownerId ?? actor.userId;
    await assertCallReferences(tx, actor, { ...data, ownerId });
    const [row] = await tx
      .insert(calls)
      .values({
        ...data,
        id: newId(),
        accountId: actor.accountId,
        ownerId,
        participantIds: withParticipantUsers(data.participantIds, data.participants),
        startedAt,
        endedAt,
      })
      .returning();
    const call = row!;
    const base = callEvent(actor, call.id);
    await emitEvent(tx, { ...base, type: 'call.created', payload: callEventPayload(call) });
    if (call.status === 'in_progress' || call.status === 'ended')
      await emitEvent(tx, { ...base, type: 'call.started', payload: callEventPayload(call) });
    if (call.status === 'ended')
      await emitEvent(tx, { ...base, type: 'call.ended', payload: callEventPayload(call) });
    return toCallOut(call);
  });
}
