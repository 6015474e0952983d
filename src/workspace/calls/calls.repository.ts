import { and, asc, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { calls, contacts } from '../../store/schema/index.js';
import { assertUsersInAccount } from '../accounts/users.repository.js';
import { assertEntityVisible } from '../shared/entity-access.js';
import { escapeLike, listPage } from '../shared/list-page.js';
import { assertInAccount } from '../shared/references.js';
import { visibleTo } from '../shared/visibility.js';
import type { CallListQuery, CallOut } from './call.schema.js';

type Row = typeof calls.$inferSelect;
export const callVisibility = (actor: Actor) => visibleTo(actor, calls, [calls.ownerId]);

/** The API view of a call: where the recording lives on disk is nobody's business. */
export function toCallOut(row: Row): CallOut {
  const { accountId: _a, recordingPath, ...rest } = row;
  const durationSeconds =
    row.startedAt && row.endedAt
      ? Math.max(0, Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000))
      : null;
  return { ...rest, hasRecording: recordingPath !== null, durationSeconds };
}

export function listCalls(db: DbOrTx, actor: Actor, q: CallListQuery) {
  const filters: (SQL | undefined)[] = [callVisibility(actor)];
  if (q.q) filters.push(ilike(calls.subject, `%${escapeLike(q.q)}%`));
  if (q.status?.length) filters.push(sql`${calls.status} = any(${sql.param(q.status)}::text[])`);
  if (q.direction) filters.push(eq(calls.direction, q.direction));
  if (q.dealId) filters.push(eq(calls.dealId, q.dealId));
  if (q.contactId) filters.push(eq(calls.contactId, q.contactId));
  if (q.ownerId?.length) filters.push(sql`${calls.ownerId} = any(${sql.param(q.ownerId)}::uuid[])`);
  const order = q.order === 'asc' ? asc(calls[q.sort]) : desc(calls[q.sort]);
  return listPage(db, calls, and(...filters), sql`${order} nulls last`, q, toCallOut);
}

export async function findCall(db: DbOrTx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(calls)
    .where(and(callVisibility(actor), eq(calls.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Call');
  return row;
}

export async function assertCallReferences(
  tx: DbOrTx,
  actor: Actor,
  refs: {
    ownerId?: string;
    participantIds?: string[];
    participants?: { userId?: string; contactId?: string }[];
    dealId?: string | null;
    contactId?: string | null;
  },
) {
  const people = refs.participants ?? [];
  await assertUsersInAccount(
    tx,
    actor.accountId,
    [refs.ownerId, ...(refs.participantIds ?? []), ...people.map((p) => p.userId)].filter(
      (v): v is string => !!v,
    ),
    actor.userId,
  );
  if (refs.dealId) {
    // A deal the actor may not see (or from another account) is reported like one that does not exist.
    await assertEntityVisible(tx, actor, 'deal', refs.dealId).catch(() => {
      throw new AppError('validation_failed', 'Unknown dealId', [
        { path: 'dealId', message: `no such record: ${refs.dealId}` },
      ]);
    });
  }
  await assertInAccount(
    tx,
    actor.accountId,
    contacts,
    [refs.contactId, ...people.map((p) => p.contactId)],
    'contactId',
  );
}

/** Users named among the participants take part in the call, so they may see it too. */
export function withParticipantUsers(
  participantIds: readonly string[],
  participants: readonly { userId?: string }[],
): string[] {
  return [...new Set([...participantIds, ...participants.flatMap((p) => (p.userId ? [p.userId] : []))])];
}

/** A call ends after it starts; a started call has a start, and only one that ended or was missed an end. */
export function assertCallTimes(status: Row['status'], startedAt: Date | null, endedAt: Date | null): void {
  if (endedAt && status !== 'ended' && status !== 'missed')
    throw new AppError('validation_failed', 'Only a call that ended or was missed has an end time', [
      { path: 'endedAt', message: `not allowed while the call is ${status.replace('_', ' ')}` },
    ]);
  if (!startedAt && (status === 'in_progress' || status === 'ended'))
    throw new AppError('validation_failed', `A call that is ${status.replace('_', ' ')} has a start time`, [
      { path: 'startedAt', message: 'required' },
    ]);
  if (startedAt && endedAt && endedAt < startedAt)
    throw new AppError('validation_failed', 'A call cannot end before it starts', [
      { path: 'endedAt', message: 'before startedAt' },
    ]);
}

export const callEventPayload = (row: Row) => ({
  dealId: row.dealId,
  contactId: row.contactId,
  direction: row.direction,
  durationSeconds: toCallOut(row).durationSeconds,
  hasRecording: row.recordingPath !== null,
  hasTranscript: !!row.transcript,
});

/** The envelope of every event about a call. */
export const callEvent = (actor: Actor, id: string) =>
  ({ accountId: actor.accountId, actorUserId: actor.userId, entityType: 'call', entityId: id }) as const;
