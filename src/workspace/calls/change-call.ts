import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { assertVersion, touch } from '../shared/stamps.js';
import { CallUpdate, TranscriptIn } from './call.schema.js';
import { assertCallReferences, callEventPayload, findCall, toCallOut } from './calls.repository.js';

const event = (actor: Actor, id: string) =>
  ({ accountId: actor.accountId, actorUserId: actor.userId, entityType: 'call', entityId: id }) as const;

export async function updateCall(db: Database, actor: Actor, id: string, input: CallUpdate) {
  const { version, ...patch } = CallUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findCall(tx, actor, id, { forUpdate: true });
    assertVersion('call', current, version);
    await assertCallReferences(tx, actor, patch);
    const [row] = await tx
      .update(calls)
      .set({ ...patch, ...touch(calls) })
      .where(eq(calls.id, id))
      .returning();
    await emitEvent(tx, {
      ...event(actor, id),
      type: 'call.updated',
      payload: { fields: Object.keys(patch) },
    });
    return toCallOut(row!);
  });
}

/** planned → in_progress, with call.started: the moment CoPilot prepares talking points. */
export async function startCall(db: Database, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const current = await findCall(tx, actor, id, { forUpdate: true });
    if (current.status !== 'planned')
      throw new AppError(
        'conflict',
        `The call is ${current.status.replace('_', ' ')}; only a planned call can start`,
      );
    const [row] = await tx
      .update(calls)
      .set({ status: 'in_progress', startedAt: new Date(), ...touch(calls) })
      .where(eq(calls.id, id))
      .returning();
    await emitEvent(tx, { ...event(actor, id), type: 'call.started', payload: callEventPayload(row!) });
    return toCallOut(row!);
  });
}

/** in_progress (or planned, for a call that was never started in Cohelm) → ended, with call.ended. */
export async function endCall(db: Database, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const current = await findCall(tx, actor, id, { forUpdate: true });
    if (current.status === 'ended' || current.status === 'missed')
      throw new AppError(
        'conflict',
        `The call has already ${current.status === 'ended' ? 'ended' : 'been missed'}`,
      );
    const now = new Date();
    const [row] = await tx
      .update(calls)
      .set({ status: 'ended', startedAt: current.startedAt ?? now, endedAt: now, ...touch(calls) })
      .where(eq(calls.id, id))
      .returning();
    await emitEvent(tx, { ...event(actor, id), type: 'call.ended', payload: callEventPayload(row!) });
    return toCallOut(row!);
  });
}

/** Stores a transcript (from a speech engine or typed by a person) with speaker segments. */
export async function saveTranscript(db: Database, actor: Actor, id: string, input: unknown) {
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
      ...event(actor, id),
      type: 'call.transcript_updated',
      payload: { ...callEventPayload(row!), words: data.text.split(/\s+/).filter(Boolean).length },
    });
    return toCallOut(row!);
  });
}
