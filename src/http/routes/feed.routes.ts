import { deleteFeedPost } from '../../workspace/feed/delete-feed-post.js';
import { editFeedPost } from '../../workspace/feed/edit-feed-post.js';
import { findFeedPost, listFeed } from '../../workspace/feed/feed.repository.js';
import {
  FeedListQuery,
  FeedPostCreate,
  FeedPostOut,
  FeedPostUpdate,
} from '../../workspace/feed/feed.schema.js';
import { postToFeed } from '../../workspace/feed/post-to-feed.js';
import { withoutAccount } from '../../workspace/shared/list-page.js';
import type { App, AppDeps } from '../types.js';
import { crudRoutes } from './crud-routes.js';

export async function feedRoutes(app: App, { db }: AppDeps) {
  crudRoutes(app, {
    path: '/feed',
    tag: 'feed',
    noun: 'feed post',
    summaries: {
      list: 'The feed: posts for the whole account and for your department, newest first',
      create: 'Post to the feed (set departmentId to post to one department only)',
      update: 'Edit your post (send version to guard against lost updates)',
      remove: 'Delete a post (author or admin)',
    },
    Out: FeedPostOut,
    Create: FeedPostCreate,
    Update: FeedPostUpdate,
    ListQuery: FeedListQuery,
    list: (actor, q) => listFeed(db, actor, q),
    create: (actor, body) => postToFeed(db, actor, body),
    get: async (actor, id) => withoutAccount(await findFeedPost(db, actor, id)),
    update: (actor, id, body) => editFeedPost(db, actor, id, body),
    remove: (actor, id) => deleteFeedPost(db, actor, id),
  });
}
