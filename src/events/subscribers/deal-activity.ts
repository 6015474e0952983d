import { and, eq, sql } from 'drizzle-orm';
import { deals } from '../../store/schema/index.js';
import type { Subscriber } from '../dispatcher.js';

/**
 * Keeps a deal's `last_activity_at` current when work happens around it (tasks, calls, comments),
 * which is what "a deal with no activity for N days" is later measured against.
 */
export const dealActivity: Subscriber = {
  name: 'deal-activity',
  types: ['task.created', 'task.completed', 'call.ended', 'message.posted'],
  async handle(tx, event) {
    const dealId =
      event.entityType === 'deal'
        ? event.entityId
        : typeof event.payload.dealId === 'string'
          ? event.payload.dealId
          : undefined;
    if (!dealId || !/^[0-9a-f-]{36}$/i.test(dealId)) return;
    await tx
      .update(deals)
      .set({ lastActivityAt: sql`greatest(${deals.lastActivityAt}, ${event.occurredAt})` })
      .where(and(eq(deals.accountId, event.accountId), eq(deals.id, dealId)));
  },
};
