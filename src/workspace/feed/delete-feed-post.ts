import { eq } from 'drizzle-orm';
import { emitEvent } from '../../events/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { feedPosts } from '../../store/schema/index.js';
import { findFeedPost } from './feed.repository.js';

/** Authors delete their posts; admins may delete any (moderation). */
export async function deleteFeedPost(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const post = await findFeedPost(tx, actor, id, { forUpdate: true });
    if (post.authorId !== actor.userId && actor.role !== 'admin') {
      throw new AppError('forbidden', 'Only the author or an administrator may delete this post');
    }
    await tx.delete(feedPosts).where(eq(feedPosts.id, post.id));
    await emitEvent(tx, {
      accountId: actor.accountId,
      type: 'feed_post.deleted',
      actorUserId: actor.userId,
      entityType: 'feed_post',
      entityId: post.id,
      payload: { authorId: post.authorId },
    });
  });
}
