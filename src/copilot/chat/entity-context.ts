import type { Actor } from '../../shared/actor.js';
import type { Database } from '../../store/database.js';
import { findCall } from '../../workspace/calls/calls.repository.js';
import { findTask } from '../../workspace/tasks/tasks.repository.js';
import { dealFacts, dealTimeline } from '../hints/hint-context.js';

const MAX_CHARS = 8000;

export type EntityContext = {
  title: string;
  facts: string;
  timeline: string[];
  facts_raw?: Record<string, unknown>;
};

/** What the chat knows about the entity it was opened from, read as the user (who must be able to see it). */
export async function entityContext(
  db: Database,
  actor: Actor,
  type: 'deal' | 'task' | 'call',
  id: string,
): Promise<EntityContext> {
  if (type === 'deal') {
    const { facts } = await dealFacts(db, actor, id);
    const timeline = await dealTimeline(db, actor, id);
    const lines = [
      `Deal "${facts.title}"`,
      facts.stage && `stage ${facts.stage}`,
      facts.amount !== null && `${facts.amount} ${facts.currency}`,
      facts.closeDate && `expected close ${facts.closeDate}`,
      facts.companyName && `company ${facts.companyName}`,
      facts.ownerName && `owner ${facts.ownerName}`,
      `${facts.daysSinceActivity} days since the last activity`,
      facts.openTasks.length &&
        `open tasks: ${facts.openTasks.map((t) => `${t.title}${t.dueAt ? ` (due ${t.dueAt})` : ''}`).join('; ')}`,
    ].filter(Boolean);
    return { title: facts.title, facts: lines.join(', '), timeline: fit(timeline), facts_raw: facts };
  }
  if (type === 'task') {
    const t = await findTask(db, actor, id);
    return {
      title: t.title,
      facts:
        `Task "${t.title}", ${t.status}${t.dueAt ? `, due ${t.dueAt.toISOString().slice(0, 10)}` : ''}. ${t.description}`.slice(
          0,
          MAX_CHARS,
        ),
      timeline: [],
    };
  }
  const c = await findCall(db, actor, id);
  return {
    title: c.subject || 'Call',
    facts: `Call "${c.subject}", ${c.direction}, ${c.status}.`,
    timeline: c.transcript ? fit(c.transcript.split(/(?<=[.!?])\s+/)) : [],
  };
}

/** The newest lines that fit the budget, oldest first. */
function fit(lines: string[]): string[] {
  const kept: string[] = [];
  let size = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (size + line.length > MAX_CHARS) break;
    kept.unshift(line);
    size += line.length + 1;
  }
  return kept;
}
