import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { aiTechnologies, aiUserPreferences } from '../../store/schema/index.js';
import { LOCAL_TECHNOLOGY_ID, localTechnology } from '../technologies/local/index.js';
import { listSurfaceSettings, surfaceSettings } from './surface-settings.js';
import type { Surface } from './technology.schema.js';

/** Per surface, the technologies this user may choose (active ones only) and their choice. */
export async function listMyChoices(db: Database, actor: Actor) {
  const settings = await listSurfaceSettings(db, actor.accountId);
  const techs = await db
    .select({
      id: aiTechnologies.id,
      name: aiTechnologies.name,
      kind: aiTechnologies.kind,
      region: aiTechnologies.region,
    })
    .from(aiTechnologies)
    .where(and(eq(aiTechnologies.accountId, actor.accountId), eq(aiTechnologies.status, 'active')));
  const local = {
    id: LOCAL_TECHNOLOGY_ID,
    name: localTechnology.label,
    kind: 'local',
    region: 'This server',
  };
  const byId = new Map([local, ...techs].map((t) => [t.id, t]));
  const prefs = await db.select().from(aiUserPreferences).where(eq(aiUserPreferences.userId, actor.userId));
  return settings.map((s) => ({
    surface: s.surface,
    enabled: s.enabled,
    allowed: s.allowedTechnologyIds.flatMap((id) => {
      const t = byId.get(id);
      return t ? [{ ...t, kind: t.kind as typeof localTechnology.kind }] : [];
    }),
    defaultTechnologyId: s.defaultTechnologyId,
    chosenTechnologyId: prefs.find((p) => p.surface === s.surface)?.technologyId ?? null,
  }));
}

/** A user picks a technology for a surface among the allowed ones, or goes back to the default. */
export async function setMyChoice(db: Database, actor: Actor, surface: Surface, technologyId: string | null) {
  const where = and(eq(aiUserPreferences.userId, actor.userId), eq(aiUserPreferences.surface, surface));
  if (technologyId === null) {
    await db.delete(aiUserPreferences).where(where);
  } else {
    const s = await surfaceSettings(db, actor.accountId, surface);
    if (!s.allowedTechnologyIds.includes(technologyId))
      throw new AppError('validation_failed', 'This AI technology is not offered for this surface', {
        field: 'technologyId',
      });
    if (technologyId !== LOCAL_TECHNOLOGY_ID) {
      const [active] = await db
        .select({ id: aiTechnologies.id })
        .from(aiTechnologies)
        .where(
          and(
            eq(aiTechnologies.accountId, actor.accountId),
            inArray(aiTechnologies.id, [technologyId]),
            eq(aiTechnologies.status, 'active'),
          ),
        );
      if (!active)
        throw new AppError('validation_failed', 'This AI technology is disabled', { field: 'technologyId' });
    }
    await db
      .insert(aiUserPreferences)
      .values({ accountId: actor.accountId, userId: actor.userId, surface, technologyId })
      .onConflictDoUpdate({
        target: [aiUserPreferences.userId, aiUserPreferences.surface],
        set: { technologyId, updatedAt: new Date() },
      });
  }
  return (await listMyChoices(db, actor)).find((c) => c.surface === surface)!;
}
