import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { feedPosts } from '../../store/schema/index.js';
import { assertDepartmentInAccount } from '../accounts/users.repository.js';
import { assertAiContentUsable } from '../shared/ai-content.js';
import { withoutAccount } from '../shared/list-page.js';
import { FeedPostCreate } from './feed.schema.js';

/** A post for the whole account, or only for one department when departmentId is set. */
export async function postToFeed(db: Database, actor: Actor, input: FeedPostCreate) {
  const data = FeedPostCreate.parse(input);
  return db.transaction(async (tx) => {
    await assertDepartmentInAccount(tx, actor.accountId, data.departmentId);
    await assertAiContentUsable(tx, actor, data.aiContentId);
    const [row] = await tx
      .insert(feedPosts)
      .values({
        id: newId(),
        accountId: actor.accountId,
        authorId: actor.userId,
        title: data.title ?? null,
        body: data.body,
        aiContentId: data.aiContentId ?? null,
        departmentId: data.departmentId ?? null,
      })
      .returning();
    const post = row!;
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'feed_post.created',
      actorUserId: actor.userId,
      entityType: 'feed_post',
      entityId: post.id,
      payload: { title: post.title, departmentId: post.departmentId },
    });
    return withoutAccount(post);
  });
}
