import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from './columns.js';
import { accounts, users } from './identity.js';

/**
 * The transactional outbox: a domain event is inserted in the same transaction as the write it
 * describes, so an event exists if and only if its write committed.
 */
export const events = pgTable(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** 'internal' for Cohelm's own writes, 'external' for events sent by another CRM. */
    source: text('source', { enum: ['internal', 'external'] })
      .notNull()
      .default('internal'),
    externalId: text('external_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
    dispatchedAt: ts('dispatched_at'),
  },
  (t) => [
    uniqueIndex('events_external_id').on(t.accountId, t.externalId).where(sql`${t.externalId} is not null`),
    index('events_undispatched').on(t.seq).where(sql`${t.dispatchedAt} is null`),
    index('events_account_entity').on(t.accountId, t.entityType, t.entityId),
  ],
);

/** One row per (event, subscriber): the dedupe key that makes at-least-once delivery idempotent. */
export const eventDeliveries = pgTable(
  'event_deliveries',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    subscriber: text('subscriber').notNull(),
    status: text('status', { enum: ['done', 'retry', 'dead'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: ts('next_attempt_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.subscriber] })],
);
