import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { accounts, aiRequests, plans } from '../../store/schema/index.js';
import { monthStart } from '../limits/usage-windows.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * What actually counted: answered requests and their tokens, from the request log. (The limit
 * counters also hold blocks that processes leased but have not spent yet, so they read high.)
 */
async function used(
  db: DbOrTx,
  accountId: string,
  userId: string | null,
  metric: 'requests' | 'tokens',
  since: Date,
) {
  const [row] = await db
    .select({
      n:
        metric === 'requests'
          ? sql<string>`count(*)`
          : sql<string>`coalesce(sum(${aiRequests.inputTokens} + ${aiRequests.outputTokens}), 0)`,
    })
    .from(aiRequests)
    .where(
      and(
        eq(aiRequests.accountId, accountId),
        userId ? eq(aiRequests.userId, userId) : undefined,
        eq(aiRequests.status, 'answered'),
        gte(aiRequests.createdAt, since),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * Usage against the plan's limits: your own, and for admins the account's, with the reason each of
 * your recent requests counted (or did not).
 */
export async function usageSummary(db: DbOrTx, actor: Actor) {
  const [account] = await db
    .select({ plan: accounts.plan })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  const [plan] = await db
    .select()
    .from(plans)
    .where(eq(plans.name, account?.plan ?? 'free'));
  const limits = plan!.limits;
  const now = Date.now();
  const hour = new Date(now - HOUR);
  const day = new Date(now - DAY);
  const month = monthStart(now);
  const [uh, ud, ut] = await Promise.all([
    used(db, actor.accountId, actor.userId, 'requests', hour),
    used(db, actor.accountId, actor.userId, 'requests', day),
    used(db, actor.accountId, actor.userId, 'tokens', month),
  ]);
  const recent = await db
    .select({
      id: aiRequests.id,
      createdAt: aiRequests.createdAt,
      surface: aiRequests.surface,
      kind: aiRequests.kind,
      status: aiRequests.status,
      code: aiRequests.code,
      technologyId: aiRequests.technologyId,
      inputTokens: aiRequests.inputTokens,
      outputTokens: aiRequests.outputTokens,
    })
    .from(aiRequests)
    .where(and(eq(aiRequests.accountId, actor.accountId), eq(aiRequests.userId, actor.userId)))
    .orderBy(desc(aiRequests.createdAt))
    .limit(20);
  const mine = {
    requestsLastHour: { used: uh, limit: limits.perUser.requestsPerHour },
    requestsLastDay: { used: ud, limit: limits.perUser.requestsPerDay },
    tokensThisMonth: { used: ut, limit: limits.perUser.tokensPerMonth },
    recent: recent.map((r) => ({
      ...r,
      why:
        r.status === 'answered'
          ? `${r.kind} on ${r.surface}: 1 request${r.inputTokens + r.outputTokens ? ` and ${r.inputTokens + r.outputTokens} tokens` : ''}`
          : `${r.kind} on ${r.surface} ${r.status} (${r.code}): not counted`,
    })),
  };
  if (actor.role !== 'admin') return { plan: account?.plan ?? 'free', mine };
  const [ah, ad, at] = await Promise.all([
    used(db, actor.accountId, null, 'requests', hour),
    used(db, actor.accountId, null, 'requests', day),
    used(db, actor.accountId, null, 'tokens', month),
  ]);
  const perDay = await db
    .select({
      day: sql<string>`to_char(date_trunc('day', ${aiRequests.createdAt}), 'YYYY-MM-DD')`,
      surface: aiRequests.surface,
      technologyId: aiRequests.technologyId,
      status: aiRequests.status,
      requests: sql<number>`count(*)::int`,
      tokens: sql<number>`coalesce(sum(${aiRequests.inputTokens} + ${aiRequests.outputTokens}), 0)::int`,
    })
    .from(aiRequests)
    .where(
      and(eq(aiRequests.accountId, actor.accountId), gte(aiRequests.createdAt, new Date(now - 30 * DAY))),
    )
    .groupBy(sql`1`, aiRequests.surface, aiRequests.technologyId, aiRequests.status)
    .orderBy(sql`1`);
  return {
    plan: account?.plan ?? 'free',
    mine,
    account: {
      requestsLastHour: { used: ah, limit: limits.requestsPerHour },
      requestsLastDay: { used: ad, limit: limits.requestsPerDay },
      tokensThisMonth: { used: at, limit: limits.tokensPerMonth },
      perDay,
    },
  };
}
