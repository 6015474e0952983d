import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../../store/database.js';
import { messages, type TimelineEntity } from '../../store/schema/index.js';

/** A note written by Cohelm itself on an entity's timeline (stage changes, uploads…), inside the caller's transaction. */
export async function addSystemNote(
  tx: DbOrTx,
  actor: Actor,
  entityType: TimelineEntity,
  entityId: string,
  body: string,
) {
  await tx.insert(messages).values({
    id: newId(),
    accountId: actor.accountId,
    entityType,
    entityId,
    kind: 'system',
    authorId: actor.userId,
    body,
  });
}
