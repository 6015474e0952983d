import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Governance } from '../../governance/index.js';
import { planTechnology, runGovernedRequest } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';

type Point = { at: string; source: 'messages'; score: number; label: string; basis: string };
type Scored = { score: number; label: string };

const Sentiment = z.object({ score: z.number().min(-1).max(1), label: z.string() });

// A week's score, keyed by its texts: a week that did not change is not asked again. Least recently
// used first out (a Map keeps insertion order; a hit moves the entry to the end).
const cache = new Map<string, Scored>();
const CACHE_MAX = 5000;
const cached = (key: string) => {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
};
const remember = (key: string, value: Scored) => {
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
};

/**
 * The tone of a deal's comments, one point per ISO week (UTC) with comments over eight weeks: each
 * week is one governed `sentiment` request (on the local engine when the deal surface allows it).
 * When AI may not be used (no consent, AI off…), the health is shown without it and says why.
 */
export async function messageSentiment(
  db: Database,
  g: Governance,
  actor: Actor,
  dealId: string,
  signal: AbortSignal,
): Promise<{ points: Point[]; unavailable?: { code: string; message: string } }> {
  const weeks = await db.execute<{ week: string; texts: string[]; n: number }>(sql`
    select to_char(date_trunc('week', created_at at time zone 'UTC'), 'YYYY-MM-DD') as week,
      array_agg(body order by created_at, id) as texts, count(*)::int as n
    from messages where account_id = ${actor.accountId} and entity_type = 'deal' and entity_id = ${dealId}
      and kind = 'comment'
      and created_at at time zone 'UTC' >= date_trunc('week', now() at time zone 'UTC') - interval '7 weeks'
    group by 1 order by 1`);
  if (!weeks.rows.length) return { points: [] };
  // 'local' only when the deal surface allows it; otherwise the surface's own default answers.
  const technologyId = await planTechnology(g, actor, 'deal', 'local').then(
    (t) => t.id,
    () => undefined,
  );
  const points: Point[] = [];
  try {
    for (const w of weeks.rows) {
      const input = w.texts.join('\n');
      const hash = createHash('sha256').update(input).digest('base64url');
      const key = `${actor.accountId}:${dealId}:${w.week}:${hash}`;
      let scored = cached(key);
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
        const parsed = Sentiment.safeParse(r.output);
        if (!parsed.success)
          return {
            points,
            unavailable: { code: 'ai_bad_output', message: 'The sentiment answer had the wrong shape' },
          };
        scored = parsed.data;
        remember(key, scored);
      }
      points.push({
        at: `${w.week}T00:00:00.000Z`,
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
