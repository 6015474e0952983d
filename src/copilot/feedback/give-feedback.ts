import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { DbOrTx } from '../../store/database.js';
import {
  aiContents,
  copilotFeedback,
  copilotHints,
  copilotInteractions,
  type Initiator,
} from '../../store/schema/index.js';
import { assertEntityVisible } from '../../workspace/shared/entity-access.js';
import type { FeedbackIn, FeedbackOut, ShareIn } from './feedback.schema.js';

/**
 * A content the user may judge: one made for them (their request, or an event on their behalf), or a
 * hint on an entity they can see. Anything else is not_found, whoever it belongs to.
 */
async function contentFor(db: DbOrTx, actor: Actor, contentId: string) {
  const [c] = await db
    .select({
      text: aiContents.text,
      surface: aiContents.surface,
      technologyId: aiContents.technologyId,
      initiator: aiContents.initiator,
    })
    .from(aiContents)
    .where(and(eq(aiContents.accountId, actor.accountId), eq(aiContents.id, contentId)));
  if (!c) throw notFound('Content');
  const i = c.initiator as Initiator;
  const mine =
    (i.type === 'user' && i.userId === actor.userId) || ('onBehalfOf' in i && i.onBehalfOf === actor.userId);
  if (!mine) {
    const [hint] = await db
      .select({ entityType: copilotHints.entityType, entityId: copilotHints.entityId })
      .from(copilotHints)
      .where(and(eq(copilotHints.accountId, actor.accountId), eq(copilotHints.contentId, contentId)));
    if (!hint) throw notFound('Content');
    await assertEntityVisible(db, actor, hint.entityType as 'deal', hint.entityId);
  }
  const [made] = await db
    .select({ ref: copilotInteractions.prepromptRef, version: copilotInteractions.prepromptVersion })
    .from(copilotInteractions)
    .where(
      and(eq(copilotInteractions.accountId, actor.accountId), eq(copilotInteractions.contentId, contentId)),
    );
  return { ...c, prepromptRef: made?.ref ?? null, prepromptVersion: made?.version ?? null };
}

const out = (r: typeof copilotFeedback.$inferSelect): z.infer<typeof FeedbackOut> => ({
  contentId: r.contentId,
  rating: r.rating,
  comment: r.comment,
  outcome: r.outcome,
  shared: r.sharedAt !== null,
});

type FeedbackChange = Partial<
  Pick<typeof copilotFeedback.$inferInsert, 'rating' | 'comment' | 'outcome' | 'sharedInput' | 'sharedOutput'>
> & { sharedAt?: ReturnType<typeof sql> };

/** The user's one feedback row on a content, created with what made the content or changed in place. */
async function upsertFeedback(
  db: DbOrTx,
  actor: Actor,
  contentId: string,
  change: (content: { text: string }) => FeedbackChange,
) {
  const c = await contentFor(db, actor, contentId);
  const set = change(c);
  const [row] = await db
    .insert(copilotFeedback)
    .values({
      id: newId(),
      accountId: actor.accountId,
      contentId,
      userId: actor.userId,
      surface: c.surface,
      technologyId: c.technologyId,
      prepromptRef: c.prepromptRef,
      prepromptVersion: c.prepromptVersion,
      ...set,
    })
    .onConflictDoUpdate({
      target: [copilotFeedback.contentId, copilotFeedback.userId],
      set: { ...set, updatedAt: sql`now()` },
    })
    .returning();
  return out(row!);
}

/** Thumbs, a comment, or what the user did with the text (accepted, edited, discarded); one row per user and content. */
export function giveFeedback(db: DbOrTx, actor: Actor, contentId: string, input: z.infer<typeof FeedbackIn>) {
  return upsertFeedback(db, actor, contentId, () => ({
    ...(input.rating !== undefined ? { rating: input.rating } : {}),
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
    ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
  }));
}

/** The user's explicit choice to show this interaction (their input and the answer) to the account's admins. */
export function shareInteraction(
  db: DbOrTx,
  actor: Actor,
  contentId: string,
  input: z.infer<typeof ShareIn>,
) {
  return upsertFeedback(db, actor, contentId, (c) => ({
    sharedAt: sql`now()`,
    sharedInput: input.input ?? null,
    sharedOutput: c.text,
    ...(input.note ? { comment: input.note } : {}),
  }));
}

/** Withdraws a share: admins no longer see the interaction. */
export async function unshareInteraction(db: DbOrTx, actor: Actor, contentId: string) {
  await contentFor(db, actor, contentId);
  await db
    .update(copilotFeedback)
    .set({ sharedAt: null, sharedInput: null, sharedOutput: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(copilotFeedback.contentId, contentId),
        eq(copilotFeedback.userId, actor.userId),
        eq(copilotFeedback.accountId, actor.accountId),
      ),
    );
}
