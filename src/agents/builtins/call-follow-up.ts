import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { runGovernedRequest } from '../../governance/index.js';
import { newId } from '../../shared/ids.js';
import { calls } from '../../store/schema/index.js';
import { findCall } from '../../workspace/calls/calls.repository.js';
import type { BuiltinAgent, Proposal } from './builtin-agent.js';

type ActionItem = { owner: string | null; action: string; due: string | null; sentence: string };
const MAX_TASKS = 5;

/**
 * Call follow-up: when a call has a transcript, summarise it and propose the follow-up — a task per
 * action item for the principal (R1, automatic) and a summary comment on the deal (R2, approval).
 */
export const callFollowUp: BuiltinAgent = {
  key: 'call_follow_up',
  name: 'Call follow-up',
  description:
    'When a call has a transcript: tasks from its action items for you, and a summary comment on the deal for your approval.',
  definition: {
    instructions:
      'Summarise the call, turn each action item into a task for the principal, and propose a short summary comment on the deal.',
    technologyId: null,
    events: ['call.ended', 'call.transcript_updated'],
    tools: { create_task: 'auto', comment_on_deal: 'approval' },
    budget: { maxSteps: 12, maxActions: 8, wallSeconds: 180 },
    approverIds: [],
    approvalExpiryHours: 72,
  },

  async firing(tx, event) {
    if (event.entityType !== 'call' || !event.entityId) return null;
    const [call] = await tx
      .select({ transcript: calls.transcript })
      .from(calls)
      .where(and(eq(calls.accountId, event.accountId), eq(calls.id, event.entityId)));
    const transcript = call?.transcript?.trim();
    if (!transcript) return null;
    // The same transcript, whichever event announces it, is followed up once.
    const digest = createHash('sha256').update(transcript).digest('hex').slice(0, 32);
    return { dedupKey: `call:${event.entityId}:${digest}`, entityType: 'call', entityId: event.entityId };
  },

  async plan({ db, governance, principal, agent, run, step }) {
    const call = await findCall(db, principal, run.entityId!);
    const transcript = call.transcript?.trim();
    if (!transcript) {
      await step('note', 'The call has no transcript any more; nothing to do');
      return [];
    }
    await step(
      'read',
      `Read the call "${call.subject || 'Untitled call'}" (${transcript.split(/\s+/).length} words)`,
    );
    const result = await runGovernedRequest(
      governance,
      {
        id: newId(),
        accountId: principal.accountId,
        userId: principal.userId,
        initiator: { type: 'agent', agentId: agent.id, onBehalfOf: principal.userId },
        surface: 'agents',
        ...(agent.definition.technologyId ? { technologyId: agent.definition.technologyId } : {}),
        scopeId: `agent-run:${run.id}`,
        text: {
          task: {
            task: 'call_summary',
            input: transcript,
            options: { referenceDate: new Date().toISOString() },
          },
        },
      },
      AbortSignal.timeout(120_000),
    );
    const out = result.output as { summary: string; agreements: string[]; actionItems: ActionItem[] };
    await step('model', `Summarised the call: ${out.actionItems.length} action items`, out, result.contentId);

    const subject = call.subject || 'the call';
    const proposals: Proposal[] = out.actionItems.slice(0, MAX_TASKS).map((item) => ({
      tool: 'create_task',
      reason: `Action item from ${subject}: "${item.sentence}"`,
      args: {
        title: `${item.owner ? `${item.owner}: ` : ''}${item.action}`.slice(0, 300),
        description: `From the call "${subject}": ${item.sentence}`,
        dueAt: item.due ? `${item.due}T17:00:00.000Z` : null,
        dealId: call.dealId,
        // Agent-written text keeps the AI label of the summary it came from.
        aiContentId: result.contentId,
      },
    }));
    if (call.dealId && out.summary) {
      const agreed = out.agreements.length
        ? `\n\nAgreed:\n${out.agreements.map((a) => `- ${a}`).join('\n')}`
        : '';
      proposals.push({
        tool: 'comment_on_deal',
        reason: 'Keep the team informed of what the call settled',
        args: {
          dealId: call.dealId,
          body: `Call summary (${subject}): ${out.summary}${agreed}`,
          aiContentId: result.contentId,
        },
      });
    }
    return proposals;
  },
};
