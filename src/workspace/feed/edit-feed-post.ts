import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { feedPosts } from '../../store/schema/index.js';
import { assertDepartmentInAccount } from '../accounts/users.repository.js';
import { withoutAccount } from '../shared/list-page.js';
import { assertVersion, touch } from '../shared/stamps.js';
import { findFeedPost } from './feed.repository.js';
import { FeedPostUpdate } from './feed.schema.js';

/** Only the author edits a post: an admin may remove it, not put words in someone's mouth. */
export async function editFeedPost(db: Database, actor: Actor, id: string, input: FeedPostUpdate) {
  const { version, ...patch } = FeedPostUpdate.parse(input);
  return db.transaction(async (tx) => {
    const current = await findFeedPost(tx, actor, id, { forUpdate: true });
    if (current.authorId !== actor.userId) {
      throw new AppError('forbidden', 'Only the author may edit this post');
    }
    assertVersion('post', current, version);
    await assertDepartmentInAccount(tx, actor.accountId, patch.departmentId);
    const [row] = await tx
      .update(feedPosts)
      .set({ ...patch, ...touch(feedPosts) })
      .where(eq(feedPosts.id, current.id))
      .returning();
    const post = row!;
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'feed_post.updated',
      actorUserId: actor.userId,
      entityType: 'feed_post',
      entityId: post.id,
      payload: { fields: Object.keys(patch), departmentId: post.departmentId },
    });
    return withoutAccount(post);
  });
}
