import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { messages, type TimelineEntity } from '../../store/schema/index.js';
import { assertEntityVisible } from '../../workspace/shared/entity-access.js';
import { userNames } from './user-names.js';

export type ContextMessage = { author?: string; text: string; at?: string };

/** An entity's latest comments (oldest first), as context for an editor — for a user who may see it. */
export async function contextMessages(
  db: DbOrTx,
  actor: Actor,
  entityType: TimelineEntity,
  entityId: string,
  limit = 40,
): Promise<ContextMessage[]> {
  await assertEntityVisible(db, actor, entityType, entityId);
  const rows = await db
    .select({ body: messages.body, authorId: messages.authorId, at: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.accountId, actor.accountId),
        eq(messages.entityType, entityType),
        eq(messages.entityId, entityId),
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(limit);
  const names = await userNames(
    db,
    actor.accountId,
    rows.map((r) => r.authorId),
  );
  return rows.reverse().map((r) => ({
    author: r.authorId ? names.get(r.authorId) : undefined,
    text: r.body,
    at: r.at.toISOString(),
  }));
}
