import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Governance } from '../../governance/index.js';
import { planTechnology, runGovernedRequest } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';

type Point = { at: string; source: 'messages'; score: number; label: string; basis: string };

// Scores of a week's comments, by their text: a week that did not change is not asked again.
const cache = new Map<string, { score: number; label: string }>();
const CACHE_MAX = 5000;

/**
 * The tone of a deal's comments, one point per ISO week with comments over eight weeks: each week is
 * one governed `sentiment` request (on the local engine when the deal surface allows it). When AI may
 * not be used (no consent, AI off), the health is shown without it and says why.
 */
export async function messageSentiment(
  db: Database,
  g: Governance,
  actor: Actor,
  dealId: string,
  signal: AbortSignal,
): Promise<{ points: Point[]; unavailable?: { code: string; message: string } }> {
  const weeks = await db.execute<{ week: string; texts: string[]; n: number }>(sql`
    select to_char(date_trunc('week', created_at), 'YYYY-MM-DD') as week, array_agg(body order by created_at) as texts, count(*)::int as n
    from messages where account_id = ${actor.accountId} and entity_type = 'deal' and entity_id = ${dealId}
      and kind = 'comment' and created_at > date_trunc('week', now()) - interval '7 weeks'
    group by 1 order by 1`);
  if (!weeks.rows.length) return { points: [] };
  const technologyId = await planTechnology(g, actor, 'deal', 'local').then(
    (t) => t.id,
    () => undefined,
  );
  const points: Point[] = [];
  try {
    for (const w of weeks.rows) {
      const input = w.texts.join('\n');
      const key = `${actor.accountId}:${dealId}:${w.week}:${createHash('sha256').update(input).digest('base64url')}`;
      let scored = cache.get(key);
      if (!scored) {
        const r = await runGovernedRequest(
          g,
          {
            id: newId(),
            accountId: actor.accountId,
            userId: actor.userId,
            initiator: { type: 'user', userId: actor.userId },
            surface: 'deal',
            technologyId,
            text: { task: { task: 'sentiment', input } },
          },
          signal,
        );
        scored = r.output as { score: number; label: string };
        if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
        cache.set(key, scored);
      }
      points.push({
        at: new Date(`${w.week}T00:00:00Z`).toISOString(),
        source: 'messages',
        score: Math.round(scored.score * 100) / 100,
        label: scored.label,
        basis: `${w.n} comment${w.n === 1 ? '' : 's'} in the week of ${w.week}`,
      });
    }
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { points, unavailable: { code: err.code, message: err.message } };
  }
  return { points };
}
