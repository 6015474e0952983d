import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { callEvent, callEventPayload, findCall, toCallOut } from './calls.repository.js';

/**
 * in_progress (or planned, for a call that was never started in Cohelm) → ended, with call.ended:
 * the moment CoPilot summarises the call.
 */
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
    await emitEvent(tx, { ...callEvent(actor, id), type: 'call.ended', payload: callEventPayload(row!) });
    return toCallOut(row!);
  });
}
