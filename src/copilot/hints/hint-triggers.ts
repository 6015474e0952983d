import { and, eq, sql } from 'drizzle-orm';
import type { DomainEvent, Subscriber } from '../../events/dispatcher.js';
import { newId } from '../../shared/ids.js';
import type { Tx } from '../../store/database.js';
import { copilotTriggerSettings } from '../../store/schema/index.js';
import {
  COPILOT_TRIGGERS,
  type CopilotTrigger,
  type HintKind,
  TRIGGER_ALIASES,
  triggerFor,
} from './hint-kinds.js';

export const COPILOT_WORK_CHANNEL = 'cohelm_copilot_work';

/** What a hint would be computed from right now: its entity, the version and who it is for. */
type Target = { entityId: string; cacheKey: string; onBehalfOf: string; sourceId?: string };

const UUID = /^[0-9a-f-]{36}$/i;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The version of everything a hint reads, as one string: an unchanged deal re-opened a thousand times
 * has the same key, so only the first event computes. A brief also mentions "days without activity",
 * so its key changes once a day.
 */
async function targetFor(tx: Tx, kind: HintKind, event: DomainEvent): Promise<Target | undefined> {
  const account = event.accountId;
  const id = event.entityId;
  const actor = event.actorUserId;
  if (!id || !UUID.test(id)) return undefined;
  const one = async <R>(query: ReturnType<typeof sql>) =>
    (await tx.execute<R & Record<string, unknown>>(query)).rows[0];
  switch (kind) {
    case 'deal_brief': {
      const row = await one<{ key: string; owner: string | null }>(sql`
        select d.owner_id as owner, concat_ws(':', d.version,
          (select max(coalesce(m.edited_at, m.created_at)) from messages m
            where m.account_id = d.account_id and m.entity_type = 'deal' and m.entity_id = d.id),
          (select max(t.updated_at) from tasks t where t.account_id = d.account_id and t.deal_id = d.id),
          (select max(c.updated_at) from calls c where c.account_id = d.account_id and c.deal_id = d.id),
          ${today()}::text) as key
        from deals d where d.account_id = ${account} and d.id = ${id}`);
      const who = actor ?? row?.owner;
      return row && who ? { entityId: id, cacheKey: row.key, onBehalfOf: who } : undefined;
    }
    case 'task_checklist': {
      const row = await one<{ version: number; owner: string | null }>(sql`
        select version, coalesce(assignee_id, created_by) as owner from tasks where account_id = ${account} and id = ${id}`);
      const who = actor ?? row?.owner;
      return row && who ? { entityId: id, cacheKey: String(row.version), onBehalfOf: who } : undefined;
    }
    case 'talking_points':
    case 'call_summary': {
      const row = await one<{ key: string; owner: string | null; transcript: boolean }>(sql`
        select c.owner_id as owner, c.transcript is not null and length(c.transcript) > 0 as transcript,
          concat_ws(':', c.version, (select d.version from deals d where d.id = c.deal_id)) as key
        from calls c where c.account_id = ${account} and c.id = ${id}`);
      if (!row || (kind === 'call_summary' && !row.transcript)) return undefined;
      const who = row.owner ?? actor;
      return who ? { entityId: id, cacheKey: row.key, onBehalfOf: who } : undefined;
    }
    case 'suggest_reply': {
      if (event.entityType !== 'deal') return undefined;
      const messageId = event.payload.messageId;
      if (typeof messageId !== 'string' || !UUID.test(messageId)) return undefined;
      const row = await one<{ key: string; owner: string | null; author: string | null; kind: string }>(sql`
        select d.owner_id as owner, m.author_id as author, m.kind,
          concat_ws(':', m.id, m.edited_at) as key
        from messages m join deals d on d.id = m.entity_id and d.account_id = m.account_id
        where m.account_id = ${account} and m.id = ${messageId} and m.entity_type = 'deal' and m.entity_id = ${id}`);
      // A reply is suggested to the deal's owner, for what someone else wrote.
      if (row?.kind !== 'comment' || !row.owner || row.author === row.owner) return undefined;
      return { entityId: id, cacheKey: row.key, onBehalfOf: row.owner, sourceId: messageId };
    }
  }
}

async function triggerEnabled(tx: Tx, accountId: string, trigger: CopilotTrigger): Promise<boolean> {
  const [row] = await tx
    .select({ enabled: copilotTriggerSettings.enabled })
    .from(copilotTriggerSettings)
    .where(and(eq(copilotTriggerSettings.accountId, accountId), eq(copilotTriggerSettings.trigger, trigger)));
  return row?.enabled ?? true;
}

/**
 * Turns CoPilot's trigger events into pending hints. It never calls AI itself (that would hold the
 * dispatcher's transaction open for as long as a model answers): it upserts the hint as pending only
 * when its cache key changed (or an earlier attempt failed a while ago), and wakes the hint workers.
 */
export const copilotHintTriggers: Subscriber = {
  name: 'copilot-hints',
  types: [...Object.keys(COPILOT_TRIGGERS), ...Object.keys(TRIGGER_ALIASES)],
  async handle(tx, event) {
    const trigger = triggerFor(event.type);
    if (!trigger) return;
    const spec = COPILOT_TRIGGERS[trigger];
    if (!(await triggerEnabled(tx, event.accountId, trigger))) return;
    const target = await targetFor(tx, spec.kind, event);
    if (!target) return;
    const queued = await tx.execute(sql`
      insert into copilot_hints (id, account_id, entity_type, entity_id, kind, cache_key, on_behalf_of,
        trigger, source_id, status, requested_at)
      values (${newId()}, ${event.accountId}, ${spec.entityType}, ${target.entityId}, ${spec.kind},
        ${target.cacheKey}, ${target.onBehalfOf}, ${trigger}, ${target.sourceId ?? null}, 'pending', ${event.occurredAt})
      on conflict (account_id, entity_type, entity_id, kind) do update set
        cache_key = excluded.cache_key, on_behalf_of = excluded.on_behalf_of, trigger = excluded.trigger,
        source_id = excluded.source_id, status = 'pending', attempts = 0, lease_until = null,
        requested_at = excluded.requested_at, updated_at = now()
      where copilot_hints.cache_key is distinct from excluded.cache_key
         or (copilot_hints.status = 'failed' and copilot_hints.updated_at < now() - interval '2 seconds')
      returning id`);
    if (queued.rows.length) await tx.execute(sql`select pg_notify(${COPILOT_WORK_CHANNEL}, '')`);
  },
};
