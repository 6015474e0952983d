import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import {
  calls,
  companies,
  contacts,
  copilotHints,
  messages,
  pipelineStages,
  tasks,
} from '../../store/schema/index.js';
import { findCall } from '../../workspace/calls/calls.repository.js';
import { findDeal } from '../../workspace/deals/deals.repository.js';
import { findTask } from '../../workspace/tasks/tasks.repository.js';
import { userNames } from '../shared/user-names.js';
import type { HintKind } from './hint-kinds.js';

/** What a hint asks the pipeline for: a structured task and the text it works on. */
export type HintTask = {
  task: 'deal_brief' | 'task_checklist' | 'talking_points' | 'call_summary' | 'suggest_reply';
  input: string;
  options: { facts?: Record<string, unknown>; referenceDate: string };
};

const day = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : null);
const MAX_TIMELINE = 60;

/** The deal's story, oldest first: comments, notes and what was said on its calls. */
export async function dealTimeline(db: Database, actor: Actor, dealId: string): Promise<string[]> {
  const [notes, dealCalls] = await Promise.all([
    db
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.accountId, actor.accountId),
          eq(messages.entityType, 'deal'),
          eq(messages.entityId, dealId),
        ),
      )
      .orderBy(desc(messages.createdAt))
      .limit(MAX_TIMELINE),
    db
      .select({
        id: calls.id,
        subject: calls.subject,
        transcript: calls.transcript,
        at: sql<Date>`coalesce(${calls.endedAt}, ${calls.startedAt}, ${calls.createdAt})`,
        summary: copilotHints.text,
      })
      .from(calls)
      .leftJoin(
        copilotHints,
        and(
          eq(copilotHints.accountId, calls.accountId),
          eq(copilotHints.entityType, 'call'),
          eq(copilotHints.entityId, calls.id),
          eq(copilotHints.kind, 'call_summary'),
          eq(copilotHints.status, 'ready'),
        ),
      )
      .where(and(eq(calls.accountId, actor.accountId), eq(calls.dealId, dealId)))
      .orderBy(desc(calls.createdAt))
      .limit(10),
  ]);
  const names = await userNames(
    db,
    actor.accountId,
    notes.map((m) => m.authorId),
  );
  const lines: { at: Date; text: string }[] = notes.map((m) => ({
    at: m.createdAt,
    text: `${day(m.createdAt)} ${m.kind === 'system' ? 'Note' : (names.get(m.authorId ?? '') ?? 'Someone')}: ${m.body}`,
  }));
  for (const c of dealCalls) {
    const said = c.summary ?? c.transcript?.slice(0, 4000);
    if (said) lines.push({ at: new Date(c.at), text: `${day(c.at)} Call "${c.subject}": ${said}` });
  }
  return lines.sort((a, b) => a.at.getTime() - b.at.getTime()).map((l) => l.text);
}

export async function dealFacts(db: Database, actor: Actor, dealId: string) {
  const deal = await findDeal(db, actor, dealId);
  const [stage, company, people, openTasks, names] = await Promise.all([
    db.select({ name: pipelineStages.name }).from(pipelineStages).where(eq(pipelineStages.id, deal.stageId)),
    deal.companyId
      ? db.select({ name: companies.name }).from(companies).where(eq(companies.id, deal.companyId))
      : Promise.resolve([]),
    deal.contactIds.length
      ? db
          .select({ id: contacts.id, first: contacts.firstName, last: contacts.lastName })
          .from(contacts)
          .where(and(eq(contacts.accountId, actor.accountId), inArray(contacts.id, deal.contactIds)))
      : Promise.resolve([]),
    db
      .select({ title: tasks.title, dueAt: tasks.dueAt })
      .from(tasks)
      .where(
        and(
          eq(tasks.accountId, actor.accountId),
          eq(tasks.dealId, deal.id),
          inArray(tasks.status, ['open', 'in_progress']),
        ),
      )
      .orderBy(asc(tasks.dueAt))
      .limit(20),
    userNames(db, actor.accountId, [deal.ownerId]),
  ]);
  const now = Date.now();
  return {
    deal,
    facts: {
      title: deal.title,
      stage: stage[0]?.name ?? null,
      amount: deal.amount === null ? null : Number(deal.amount),
      currency: deal.currency,
      closeDate: deal.expectedCloseDate,
      ownerName: deal.ownerId ? (names.get(deal.ownerId) ?? null) : null,
      companyName: company[0]?.name ?? null,
      daysSinceActivity: Math.floor((now - deal.lastActivityAt.getTime()) / 86_400_000),
      openTasks: openTasks.map((t) => ({
        title: t.title,
        dueAt: day(t.dueAt),
        overdue: Boolean(t.dueAt && t.dueAt.getTime() < now),
      })),
      contacts: people.map((p) => ({ id: p.id, name: `${p.first} ${p.last}`.trim() })),
    },
  };
}

/**
 * Loads what a hint is computed from, as the user it is for: a hint about a deal that user cannot see
 * fails here (not_found) and is never computed. Returns undefined when there is nothing to work on.
 */
export async function hintTask(
  db: Database,
  actor: Actor,
  hint: { kind: HintKind; entityId: string; sourceId: string | null },
): Promise<HintTask | undefined> {
  const referenceDate = new Date().toISOString();
  switch (hint.kind) {
    case 'deal_brief': {
      const { facts } = await dealFacts(db, actor, hint.entityId);
      const timeline = await dealTimeline(db, actor, hint.entityId);
      return {
        task: 'deal_brief',
        input: timeline.join('\n') || facts.title,
        options: { facts, referenceDate },
      };
    }
    case 'task_checklist': {
      const task = await findTask(db, actor, hint.entityId);
      const input = [task.title, task.description].filter(Boolean).join('\n\n');
      return { task: 'task_checklist', input, options: { referenceDate } };
    }
    case 'talking_points': {
      const call = await findCall(db, actor, hint.entityId);
      if (!call.dealId) {
        const input = [call.subject, call.transcript ?? ''].filter(Boolean).join('\n');
        return input ? { task: 'talking_points', input, options: { referenceDate } } : undefined;
      }
      const { facts } = await dealFacts(db, actor, call.dealId);
      const timeline = await dealTimeline(db, actor, call.dealId);
      const input = [`Call: ${call.subject}`, ...timeline].join('\n');
      return { task: 'talking_points', input, options: { facts, referenceDate } };
    }
    case 'call_summary': {
      const call = await findCall(db, actor, hint.entityId);
      if (!call.transcript?.trim()) return undefined;
      return { task: 'call_summary', input: call.transcript, options: { referenceDate } };
    }
    case 'suggest_reply': {
      const { deal } = await dealFacts(db, actor, hint.entityId);
      if (!hint.sourceId) return undefined;
      const [message] = await db
        .select()
        .from(messages)
        .where(
          and(
            eq(messages.accountId, actor.accountId),
            eq(messages.id, hint.sourceId),
            eq(messages.entityId, deal.id),
          ),
        );
      if (!message) return undefined;
      const names = await userNames(db, actor.accountId, [message.authorId, actor.userId]);
      const facts = {
        authorName: names.get(message.authorId ?? '') ?? null,
        senderName: names.get(actor.userId) ?? null,
        dealTitle: deal.title,
      };
      return { task: 'suggest_reply', input: message.body, options: { facts, referenceDate } };
    }
  }
}
