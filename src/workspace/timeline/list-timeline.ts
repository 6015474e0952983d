import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { messages, type TimelineEntity } from '../../store/schema/index.js';
import { assertEntityVisible } from '../shared/entity-access.js';
import type { TimelineQuery } from './message.schema.js';

export async function listTimeline(
  db: Database,
  actor: Actor,
  entityType: TimelineEntity,
  entityId: string,
  q: z.infer<typeof TimelineQuery>,
) {
  await assertEntityVisible(db, actor, entityType, entityId);
  const where = and(
    eq(messages.accountId, actor.accountId),
    eq(messages.entityType, entityType),
    eq(messages.entityId, entityId),
  );
  const order =
    q.order === 'asc'
      ? [asc(messages.createdAt), asc(messages.id)]
      : [desc(messages.createdAt), desc(messages.id)];
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(messages)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(messages).where(where),
  ]);
  return {
    items: rows.map(({ accountId: _a, ...m }) => m),
    total: count?.n ?? 0,
    limit: q.limit,
    offset: q.offset,
  };
}
