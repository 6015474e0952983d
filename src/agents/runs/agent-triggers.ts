import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Subscriber } from '../../events/dispatcher.js';
import { newId } from '../../shared/ids.js';
import { agentRuns, agents, agentVersions } from '../../store/schema/agents.js';
import { ensureBuiltinAgents } from '../builtin-agents.js';
import { BUILTIN_AGENTS } from '../builtins/index.js';

export const AGENT_WORK_CHANNEL = 'cohelm_agent_work';

const EVENT_TYPES = [...new Set(Object.values(BUILTIN_AGENTS).flatMap((b) => b.definition.events))];

/**
 * Turns events into agent runs, in the dispatcher's transaction and without any AI: for each active
 * (or shadow) agent whose published version listens to the event, the agent decides whether the
 * event concerns it; a firing inserts one queued run, deduplicated by the firing's key, and wakes the
 * workers. A new account gets its built-in agents here.
 */
export const agentTriggers: Subscriber = {
  name: 'agent-triggers',
  types: ['account.created', ...EVENT_TYPES],
  async handle(tx, event) {
    if (event.type === 'account.created') {
      await ensureBuiltinAgents(tx, event.accountId);
      return;
    }
    const listening = await tx
      .select({ agent: agents, definition: agentVersions.definition })
      .from(agents)
      .innerJoin(
        agentVersions,
        and(eq(agentVersions.agentId, agents.id), eq(agentVersions.version, agents.version)),
      )
      .where(and(eq(agents.accountId, event.accountId), inArray(agents.status, ['active', 'shadow'])));
    let queued = 0;
    for (const { agent, definition } of listening) {
      const builtin = agent.builtin ? BUILTIN_AGENTS[agent.builtin] : undefined;
      if (!builtin || !definition.events.includes(event.type)) continue;
      const firing = await builtin.firing(tx, event);
      if (!firing) continue;
      const inserted = await tx
        .insert(agentRuns)
        .values({
          id: newId(),
          accountId: event.accountId,
          agentId: agent.id,
          version: agent.version,
          mode: agent.status === 'shadow' ? 'shadow' : 'live',
          principalId: agent.principalId,
          trigger: {
            type: 'event',
            eventId: event.id,
            eventType: event.type,
            entityType: firing.entityType,
            entityId: firing.entityId,
          },
          dedupKey: firing.dedupKey,
        })
        .onConflictDoNothing({ target: [agentRuns.agentId, agentRuns.dedupKey] })
        .returning({ id: agentRuns.id });
      queued += inserted.length;
    }
    if (queued) await tx.execute(sql`select pg_notify(${AGENT_WORK_CHANNEL}, '')`);
  },
};
