import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Database } from '../store/database.js';
import { events } from '../store/schema/index.js';

export const ExternalEventIn = z.strictObject({
  id: z.string().trim().min(1).max(200).describe('Your id for this event: sending it again is a no-op'),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'an event type such as deal.created or call.ended')
    .max(100),
  entityType: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(50)
    .optional(),
  entityId: z.string().min(1).max(200).optional(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type ExternalEventIn = z.input<typeof ExternalEventIn>;

export const ExternalEventOut = z.object({
  id: z.uuid().describe('Cohelm id of the event'),
  externalId: z.string(),
  type: z.string(),
  duplicate: z.boolean().describe('true when this id was received before; nothing new was stored'),
  receivedAt: z.date(),
});

const PAYLOAD_LIMIT = 256 * 1024;

/**
 * Stores an event sent by an external CRM in the outbox, idempotent by its id within the account:
 * a repeat returns the original and stores nothing.
 */
export async function ingestEvent(db: Database, actor: Actor, input: ExternalEventIn) {
  const data = ExternalEventIn.parse(input);
  if (JSON.stringify(data.payload).length > PAYLOAD_LIMIT) {
    throw new AppError('payload_too_large', 'An event payload may be at most 256 KB');
  }
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(events)
      .values({
        id: newId(),
        accountId: actor.accountId,
        type: data.type,
        entityType: data.entityType ?? null,
        entityId: data.entityId ?? null,
        actorUserId: actor.userId,
        source: 'external',
        externalId: data.id,
        payload: data.payload,
        occurredAt: data.occurredAt ? new Date(data.occurredAt) : new Date(),
      })
      .onConflictDoNothing()
      .returning();
    const row =
      inserted[0] ??
      (
        await tx
          .select()
          .from(events)
          .where(and(eq(events.accountId, actor.accountId), eq(events.externalId, data.id)))
      )[0]!;
    return {
      id: row.id,
      externalId: data.id,
      type: row.type,
      duplicate: !inserted[0],
      receivedAt: row.createdAt,
    };
  });
}
