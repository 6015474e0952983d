import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { calls } from '../../store/schema/index.js';
import { touch } from '../shared/stamps.js';
import { callEvent, findCall, toCallOut } from './calls.repository.js';

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
    const call = row!;
    await emitEvent(tx, {
      ...callEvent(actor, id),
      type: 'call.started',
      payload: { dealId: call.dealId, contactId: call.contactId, direction: call.direction },
    });
    return toCallOut(call);
  });
}
