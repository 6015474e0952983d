import { sql } from 'drizzle-orm';
import { newId } from '../shared/ids.js';
import type { DbOrTx } from '../store/database.js';
import { events } from '../store/schema/index.js';

/** The domain events Cohelm itself emits. External CRMs may send any `<entity>.<verb>` type. */
export const DOMAIN_EVENT_TYPES = [
  'account.created',
  'user.created',
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
 * The dispatcher is woken by NOTIFY, which PostgreSQL delivers only on commit.
 */
export async function emitEvent(tx: DbOrTx, event: NewEvent): Promise<string> {
  const id = newId();
  // One round trip: the insert and the NOTIFY (delivered only when the transaction commits).
  await tx.execute(sql`
    with inserted as (
      insert into ${events} (id, account_id, type, actor_user_id, entity_type, entity_id, payload)
      values (${id}, ${event.accountId}, ${event.type}, ${event.actorUserId ?? null}, ${event.entityType ?? null},
              ${event.entityId ?? null}, ${JSON.stringify(event.payload ?? {})}::jsonb)
      returning 1
    )
    select pg_notify(${EVENTS_CHANNEL}, '') from inserted`);
  return id;
}
