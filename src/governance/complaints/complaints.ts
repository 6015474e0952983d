import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database, DbOrTx } from '../../store/database.js';
import {
  aiComplaints,
  aiContents,
  aiHumanDecisions,
  aiRestrictions,
  aiUserBlocks,
} from '../../store/schema/index.js';
import { recordDecision } from '../ledger/record-decision.js';
import { notifyPolicyChanged } from '../policy/snapshot-cache.js';

export const ComplaintIn = z.object({ reason: z.string().trim().min(3).max(2000) });
export const ResolveComplaintIn = z.object({
  action: z
    .enum(['dismiss', 'restrict', 'block'])
    .describe('restrict: AI off for the author on that surface; block: AI off for them everywhere'),
  note: z.string().trim().min(3).max(2000),
});
export const HumanDecisionIn = z.object({
  decision: z.string().trim().min(2).max(200).describe('What the person decided, e.g. "hired", "rejected"'),
  note: z.string().trim().max(2000).optional(),
});

/** The account's content by id, visible to its author and to admins. */
async function findContent(db: DbOrTx, actor: Actor, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('AI content');
  const [c] = await db
    .select()
    .from(aiContents)
    .where(and(eq(aiContents.accountId, actor.accountId), eq(aiContents.id, id)));
  const author =
    c?.initiator.type === 'user'
      ? c.initiator.userId
      : c?.initiator.type === 'agent'
        ? c.initiator.onBehalfOf
        : null;
  if (!c || (actor.role !== 'admin' && author !== actor.userId)) throw notFound('AI content');
  return { content: c, author };
}

/** A user reports an AI output (harmful, wrong, misused); admins see it in the complaints queue. */
export async function reportContent(db: Database, actor: Actor, contentId: string, reason: string) {
  await findContent(db, actor, contentId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(aiComplaints)
      .values({ id: newId(), accountId: actor.accountId, contentId, reportedBy: actor.userId, reason })
      .returning();
    await recordDecision(tx, actor, 'complaint_filed', { complaintId: row!.id, contentId, reason });
    return row!;
  });
}

export async function listComplaints(db: Database, actor: Actor, status?: 'open' | 'dismissed' | 'actioned') {
  requireAdmin(actor);
  return db
    .select()
    .from(aiComplaints)
    .where(
      and(eq(aiComplaints.accountId, actor.accountId), status ? eq(aiComplaints.status, status) : undefined),
    )
    .orderBy(desc(aiComplaints.createdAt))
    .limit(200);
}

/**
 * An admin resolves a complaint once (a conditional update, so two admins cannot both act):
 * dismiss it, restrict the author on that surface, or block the author from AI. Audited.
 */
export async function resolveComplaint(
  db: Database,
  actor: Actor,
  id: string,
  input: z.input<typeof ResolveComplaintIn>,
) {
  requireAdmin(actor);
  const data = ResolveComplaintIn.parse(input);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Complaint');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(aiComplaints)
      .set({
        status: data.action === 'dismiss' ? 'dismissed' : 'actioned',
        resolution: `${data.action}: ${data.note}`,
        resolvedBy: actor.userId,
        resolvedAt: new Date(),
      })
      .where(
        and(
          eq(aiComplaints.accountId, actor.accountId),
          eq(aiComplaints.id, id),
          eq(aiComplaints.status, 'open'),
        ),
      )
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: aiComplaints.id })
        .from(aiComplaints)
        .where(and(eq(aiComplaints.accountId, actor.accountId), eq(aiComplaints.id, id)));
      throw exists ? new AppError('conflict', 'This complaint was already resolved') : notFound('Complaint');
    }
    const { content, author } = await findContent(tx, actor, row.contentId);
    if (data.action !== 'dismiss' && !author)
      throw new AppError('validation_failed', 'This content has no user author to restrict or block');
    if (data.action === 'restrict')
      await tx
        .insert(aiRestrictions)
        .values({
          id: newId(),
          accountId: actor.accountId,
          subjectType: 'user',
          subjectId: author!,
          surface: content.surface,
          createdBy: actor.userId,
        })
        .onConflictDoNothing();
    if (data.action === 'block')
      await tx
        .insert(aiUserBlocks)
        .values({ userId: author!, accountId: actor.accountId, reason: data.note, blockedBy: actor.userId })
        .onConflictDoUpdate({
          target: aiUserBlocks.userId,
          set: { reason: data.note, blockedBy: actor.userId, blockedAt: new Date() },
        });
    await recordDecision(tx, actor, 'complaint_resolved', {
      complaintId: id,
      action: data.action,
      note: data.note,
      author,
    });
    await notifyPolicyChanged(tx, actor.accountId);
    return row;
  });
}

/** The named human decision on an advisory output (hiring, credit, …), recorded once. */
export async function recordHumanDecision(
  db: Database,
  actor: Actor,
  contentId: string,
  input: z.input<typeof HumanDecisionIn>,
) {
  const data = HumanDecisionIn.parse(input);
  const { content } = await findContent(db, actor, contentId);
  if (!content.advisory)
    throw new AppError('validation_failed', 'Only advisory AI output needs a recorded human decision');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(aiHumanDecisions)
      .values({
        contentId,
        accountId: actor.accountId,
        decidedBy: actor.userId,
        decision: data.decision,
        note: data.note,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', 'A decision was already recorded for this output');
    await recordDecision(tx, actor, 'human_decision', {
      contentId,
      decision: data.decision,
      note: data.note ?? null,
    });
    return row;
  });
}
