import { and, asc, eq, sql } from 'drizzle-orm';
import { newId } from '../shared/ids.js';
import type { Database, DbOrTx } from '../store/database.js';
import { agents, agentVersions } from '../store/schema/agents.js';
import { accounts, users } from '../store/schema/index.js';
import { BUILTIN_AGENTS } from './builtins/index.js';

/**
 * Gives an account the built-in agents it lacks, active and published as version 1, acting for its
 * first administrator. Idempotent: one row per account and built-in. (Admins pause a built-in agent
 * rather than delete it, so this never brings back one they turned off.)
 */
export async function ensureBuiltinAgents(tx: DbOrTx, accountId: string): Promise<void> {
  const [admin] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.role, 'admin'), eq(users.blocked, false)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (!admin) return;
  for (const b of Object.values(BUILTIN_AGENTS)) {
    const id = newId();
    const [created] = await tx
      .insert(agents)
      .values({
        id,
        accountId,
        builtin: b.key,
        name: b.name,
        description: b.description,
        status: 'active',
        principalId: admin.id,
        definition: b.definition,
        version: 1,
      })
      .onConflictDoNothing({ target: [agents.accountId, agents.builtin], where: sql`builtin is not null` })
      .returning({ id: agents.id });
    if (created)
      await tx.insert(agentVersions).values({ agentId: created.id, version: 1, definition: b.definition });
  }
}

/** At start: accounts created before a built-in agent existed get it (new accounts get them on creation). */
export async function ensureBuiltinAgentsForAll(db: Database): Promise<void> {
  const all = await db.select({ id: accounts.id }).from(accounts);
  for (const a of all) await db.transaction((tx) => ensureBuiltinAgents(tx, a.id));
}
