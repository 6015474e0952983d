import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { aiSurfaceSettings, aiTechnologies, aiUserPreferences } from '../../store/schema/index.js';
import { assertVersion } from '../../workspace/shared/stamps.js';
import { LOCAL_TECHNOLOGY_ID } from '../technologies/local/index.js';
import { SURFACES, type Surface, SurfaceSettingsIn } from './technology.schema.js';

export type SurfaceSettings = {
  surface: Surface;
  enabled: boolean;
  defaultTechnologyId: string;
  allowedTechnologyIds: string[];
  fallbackTechnologyIds: string[];
  version: number;
};

/** Until an admin changes it, every surface is on and uses the offline engine. */
const defaults = (surface: Surface): SurfaceSettings => ({
  surface,
  enabled: true,
  defaultTechnologyId: LOCAL_TECHNOLOGY_ID,
  allowedTechnologyIds: [LOCAL_TECHNOLOGY_ID],
  fallbackTechnologyIds: [LOCAL_TECHNOLOGY_ID],
  version: 0,
});

export async function listSurfaceSettings(db: DbOrTx, accountId: string): Promise<SurfaceSettings[]> {
  const rows = await db.select().from(aiSurfaceSettings).where(eq(aiSurfaceSettings.accountId, accountId));
  return SURFACES.map((surface) => {
    const r = rows.find((x) => x.surface === surface);
    return r
      ? {
          surface,
          enabled: r.enabled,
          defaultTechnologyId: r.defaultTechnologyId,
          allowedTechnologyIds: r.allowedTechnologyIds,
          fallbackTechnologyIds: r.fallbackTechnologyIds,
          version: r.version,
        }
      : defaults(surface);
  });
}

export async function surfaceSettings(
  db: DbOrTx,
  accountId: string,
  surface: Surface,
): Promise<SurfaceSettings> {
  const all = await listSurfaceSettings(db, accountId);
  return all.find((s) => s.surface === surface) ?? defaults(surface);
}

/** The account's technology ids among `ids` (plus the built-in one), to reject unknown ones. */
async function knownIds(db: DbOrTx, accountId: string, ids: string[]): Promise<Set<string>> {
  const uuids = ids.filter((i) => /^[0-9a-f-]{36}$/i.test(i));
  const rows = uuids.length
    ? await db
        .select({ id: aiTechnologies.id })
        .from(aiTechnologies)
        .where(and(eq(aiTechnologies.accountId, accountId), inArray(aiTechnologies.id, uuids)))
    : [];
  return new Set([LOCAL_TECHNOLOGY_ID, ...rows.map((r) => r.id)]);
}

/** An admin sets a surface's default technology, the ones users may choose, and the fallbacks. */
export async function setSurfaceSettings(
  db: Database,
  actor: Actor,
  surface: Surface,
  input: z.input<typeof SurfaceSettingsIn>,
): Promise<SurfaceSettings> {
  requireAdmin(actor);
  const data = SurfaceSettingsIn.parse(input);
  const allowed = [...new Set(data.allowedTechnologyIds)];
  const fallback = [...new Set(data.fallbackTechnologyIds)].filter((id) => id !== data.defaultTechnologyId);
  const known = await knownIds(db, actor.accountId, [...allowed, ...fallback, data.defaultTechnologyId]);
  const unknown = [...allowed, ...fallback, data.defaultTechnologyId].filter((id) => !known.has(id));
  if (unknown.length)
    throw new AppError('validation_failed', `Unknown AI technology: ${[...new Set(unknown)].join(', ')}`, {
      unknown,
    });
  if (!allowed.includes(data.defaultTechnologyId))
    throw new AppError('validation_failed', 'The default technology must be one of the allowed ones', {
      field: 'defaultTechnologyId',
    });
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(aiSurfaceSettings)
      .where(and(eq(aiSurfaceSettings.accountId, actor.accountId), eq(aiSurfaceSettings.surface, surface)))
      .for('update');
    assertVersion('AI setting', { version: current?.version ?? 0 }, data.version);
    const values = {
      enabled: data.enabled,
      defaultTechnologyId: data.defaultTechnologyId,
      allowedTechnologyIds: allowed,
      fallbackTechnologyIds: fallback,
    };
    const [row] = await tx
      .insert(aiSurfaceSettings)
      .values({ accountId: actor.accountId, surface, ...values })
      .onConflictDoUpdate({
        target: [aiSurfaceSettings.accountId, aiSurfaceSettings.surface],
        set: { ...values, updatedAt: sql`now()`, version: sql`${aiSurfaceSettings.version} + 1` },
      })
      .returning();
    // A user's pick that is no longer allowed falls back to the default.
    await tx
      .delete(aiUserPreferences)
      .where(
        and(
          eq(aiUserPreferences.accountId, actor.accountId),
          eq(aiUserPreferences.surface, surface),
          sql`not (${aiUserPreferences.technologyId} = any(${sql.param(allowed)}::text[]))`,
        ),
      );
    return { surface, ...values, version: row!.version };
  });
}
