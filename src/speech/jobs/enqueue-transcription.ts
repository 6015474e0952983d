import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database, Tx } from '../../store/database.js';
import { accounts, calls, speechJobs } from '../../store/schema/index.js';
import { findCall } from '../../workspace/calls/calls.repository.js';

export const SPEECH_WORK_CHANNEL = 'cohelm_speech_work';

type Job = typeof speechJobs.$inferSelect;

/**
 * Queues a transcription of the call's current recording, in the caller's transaction. A job already
 * queued or running for that recording is returned as it is; one for a replaced recording is
 * cancelled. Fails when there is no recording or no recording consent: no job exists without consent.
 */
export async function enqueueTranscription(
  tx: Tx,
  accountId: string,
  callId: string,
  requestedBy: string | null,
  trigger: string,
): Promise<Job> {
  const [call] = await tx
    .select({
      recordingPath: calls.recordingPath,
      recordingConsent: calls.recordingConsent,
      ownerId: calls.ownerId,
    })
    .from(calls)
    .where(and(eq(calls.accountId, accountId), eq(calls.id, callId)))
    .for('update');
  if (!call) throw new AppError('not_found', 'Call not found');
  if (!call.recordingConsent)
    throw new AppError(
      'consent_required',
      'This call has no recording consent; it cannot be transcribed until every party agreed to it',
    );
  if (!call.recordingPath)
    throw new AppError('validation_failed', 'This call has no recording to transcribe; upload or record one');
  const active = await tx
    .select()
    .from(speechJobs)
    .where(and(eq(speechJobs.callId, callId), inArray(speechJobs.status, ['queued', 'running'])));
  const same = active.find((j) => j.recordingPath === call.recordingPath);
  if (same) return same;
  if (active.length)
    await tx
      .update(speechJobs)
      .set({
        status: 'cancelled',
        stage: 'cancelled',
        errorCode: 'superseded',
        errorMessage: 'A newer recording replaced this one',
        finishedAt: new Date(),
        updatedAt: new Date(),
        leaseUntil: null,
      })
      .where(
        inArray(
          speechJobs.id,
          active.map((j) => j.id),
        ),
      );
  // Calls are in the account's language unless one says otherwise.
  const [account] = await tx
    .select({ language: accounts.language })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const [job] = await tx
    .insert(speechJobs)
    .values({
      id: newId(),
      accountId,
      callId,
      recordingPath: call.recordingPath,
      requestedBy: requestedBy ?? call.ownerId,
      trigger,
      language: account?.language ?? null,
    })
    .returning();
  await tx.execute(sql`select pg_notify(${SPEECH_WORK_CHANNEL}, '')`);
  return job!;
}

/** A user asks for (or retries) the transcription of a call they can see. */
export async function requestTranscription(db: Database, actor: Actor, callId: string): Promise<Job> {
  return db.transaction(async (tx) => {
    await findCall(tx, actor, callId);
    return enqueueTranscription(tx, actor.accountId, callId, actor.userId, 'manual');
  });
}

/** Stops a queued or running transcription of a call the actor can see. */
export async function cancelTranscription(db: Database, actor: Actor, callId: string): Promise<Job> {
  return db.transaction(async (tx) => {
    await findCall(tx, actor, callId);
    const [job] = await tx
      .update(speechJobs)
      .set({
        status: 'cancelled',
        stage: 'cancelled',
        errorCode: 'cancelled',
        errorMessage: 'Stopped by a user',
        finishedAt: new Date(),
        updatedAt: new Date(),
        leaseUntil: null,
      })
      .where(
        and(
          eq(speechJobs.accountId, actor.accountId),
          eq(speechJobs.callId, callId),
          inArray(speechJobs.status, ['queued', 'running']),
        ),
      )
      .returning();
    if (!job) throw new AppError('conflict', 'No transcription of this call is in progress');
    return job;
  });
}

/** The latest transcription job of a call the actor can see, or null. */
export async function latestTranscription(db: Database, actor: Actor, callId: string): Promise<Job | null> {
  await findCall(db, actor, callId);
  const [job] = await db
    .select()
    .from(speechJobs)
    .where(and(eq(speechJobs.accountId, actor.accountId), eq(speechJobs.callId, callId)))
    .orderBy(desc(speechJobs.createdAt))
    .limit(1);
  return job ?? null;
}
