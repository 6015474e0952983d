import { newId } from '../shared/ids.js';
import type { DbOrTx } from '../store/database.js';
import { events } from '../store/schema/index.js';

/** The domain events Cohelm itself emits. External CRMs may send any `<entity>.<verb>` type. */
export const DOMAIN_EVENT_TYPES = [
  'account.created',
  'account.updated',
  'user.created',
  'user.updated',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'company.created',
  'company.updated',
  'company.deleted',
  'deal.created',
  'deal.updated',
  'deal.opened',
  'deal.stage_changed',
  'deal.deleted',
  'task.created',
  'task.updated',
  'task.completed',
  'task.deleted',
  'call.created',
  'call.started',
  'call.ended',
  'call.updated',
  'call.recording_uploaded',
  'call.recording_deleted',
  'call.transcript_updated',
  'call.deleted',
  'message.posted',
  'message.updated',
  'message.deleted',
  'feed_post.created',
  'feed_post.updated',
  'feed_post.deleted',
  'custom_field.created',
  'custom_field.updated',
  'custom_field.deleted',
  'pipeline_stage.created',
  'pipeline_stage.updated',
  'pipeline_stage.deleted',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export const EVENTS_CHANNEL = 'cohelm_events';

export type NewEvent = {
  accountId: string;
  type: DomainEventType;
  actorUserId?: string | null;
  entityType?: string;
  entityId?: string;
  payload?: Record<string, unknown>;
};

/**
 * Writes an event in the caller's transaction: it commits with the change it describes or not at all.
 * There is deliberately no NOTIFY here: PostgreSQL takes a global lock when committing a transaction
 * that notifies, and one wake-up per burst of writes is enough. Dispatchers are woken after the commit
 * instead (see EventSignal), and poll as a safety net.
 */
export async function emitEvent(tx: DbOrTx, event: NewEvent): Promise<string> {
  const id = newId();
  await tx.insert(events).values({
    id,
    accountId: event.accountId,
    type: event.type,
    actorUserId: event.actorUserId ?? null,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    payload: event.payload ?? {},
  });
  return id;
}
