import { sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { DbOrTx } from '../../store/database.js';
import { BUILT_IN_ROLES } from '../chat/built-in-roles.js';
import { COPILOT_TRIGGERS } from '../hints/hint-kinds.js';
import { BUILT_IN_PREPROMPTS } from '../preprompts/built-in-preprompts.js';

type Counts = {
  key: string;
  answers: number;
  rated: number;
  up: number;
  down: number;
  accepted: number;
  edited: number;
  discarded: number;
};

const rate = (c: Counts, title: string) => {
  const decided = c.accepted + c.edited + c.discarded;
  return { ...c, title, acceptanceRate: decided ? (c.accepted + c.edited) / decided : null };
};

/**
 * Per pre-prompt (and version) and per technology: how many contents, how they were rated and what
 * users did with them. Counted over CoPilot interactions (contents without feedback count as answers).
 */
export async function feedbackStats(db: DbOrTx, actor: Actor, sinceDays = 90) {
  requireAdmin(actor);
  const grouped = (key: ReturnType<typeof sql>) => sql`
    select ${key} as key, count(*)::int as answers,
      count(f.rating)::int as rated,
      count(*) filter (where f.rating = 1)::int as up,
      count(*) filter (where f.rating = -1)::int as down,
      count(*) filter (where f.outcome = 'accepted')::int as accepted,
      count(*) filter (where f.outcome = 'edited')::int as edited,
      count(*) filter (where f.outcome = 'discarded')::int as discarded
    from copilot_interactions i
    left join copilot_feedback f on f.content_id = i.content_id and f.account_id = i.account_id
    where i.account_id = ${actor.accountId} and i.created_at > now() - make_interval(days => ${sinceDays})
    group by 1 order by answers desc`;
  const [byPreprompt, byTechnology, names] = await Promise.all([
    db.execute<Counts>(grouped(sql`i.preprompt_ref || '@v' || i.preprompt_version`)),
    db.execute<Counts>(grouped(sql`i.technology_id`)),
    db.execute<{ ref: string; title: string }>(sql`
      select id::text as ref, title from copilot_preprompts where account_id = ${actor.accountId}
      union all select id::text, name from ai_technologies where account_id = ${actor.accountId}`),
  ]);
  const titles = new Map(names.rows.map((r) => [r.ref, r.title]));
  for (const b of BUILT_IN_PREPROMPTS) titles.set(`builtin:${b.code}`, b.title);
  titles.set('local', 'Local engine (built in)');
  for (const t of Object.values(COPILOT_TRIGGERS)) titles.set(`hint:${t.kind}`, `Hint: ${t.title}`);
  for (const r of BUILT_IN_ROLES) titles.set(`builtin:${r.code}`, `Chat role: ${r.name}`);
  return {
    byPreprompt: byPreprompt.rows.map((c) => {
      const [ref = c.key, version = ''] = c.key.split('@');
      return rate(c, `${titles.get(ref) ?? ref} (${version})`);
    }),
    byTechnology: byTechnology.rows.map((c) => rate(c, titles.get(c.key) ?? c.key)),
  };
}

/** What users chose to share with admins, newest first. */
export async function sharedInteractions(db: DbOrTx, actor: Actor) {
  requireAdmin(actor);
  const rows = await db.execute<{
    content_id: string;
    user_name: string | null;
    surface: string;
    preprompt_ref: string | null;
    technology_id: string | null;
    rating: number | null;
    comment: string | null;
    shared_input: string | null;
    shared_output: string | null;
    shared_at: Date;
  }>(sql`
    select f.content_id, u.name as user_name, f.surface, f.preprompt_ref, f.technology_id, f.rating, f.comment,
      f.shared_input, f.shared_output, f.shared_at
    from copilot_feedback f left join users u on u.id = f.user_id
    where f.account_id = ${actor.accountId} and f.shared_at is not null
    order by f.shared_at desc limit 200`);
  return rows.rows.map((r) => ({
    contentId: r.content_id,
    userName: r.user_name,
    surface: r.surface,
    prepromptRef: r.preprompt_ref,
    technologyId: r.technology_id,
    rating: r.rating,
    comment: r.comment,
    input: r.shared_input,
    output: r.shared_output,
    sharedAt: new Date(r.shared_at),
  }));
}
