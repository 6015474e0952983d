import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { aiTechnologies, aiUserPreferences } from '../../store/schema/index.js';
import type { AiRuntime } from '../ai-runtime.js';
import { LOCAL_TECHNOLOGY_ID } from '../technologies/local/index.js';
import type { TechnologyConfig } from '../technology.js';
import { surfaceSettings } from './surface-settings.js';
import { LOCAL_CONFIG, toConfig } from './technologies.repository.js';
import type { Surface } from './technology.schema.js';

/**
 * The technologies to try for one request, in order: the one asked for (if allowed), else the
 * user's choice (if still allowed), else the surface default; then the surface's fallbacks.
 * Disabled technologies are left out.
 */
export async function resolveChain(
  db: DbOrTx,
  ai: AiRuntime,
  actor: Actor,
  surface: Surface,
  askedId?: string,
): Promise<TechnologyConfig[]> {
  const s = await surfaceSettings(db, actor.accountId, surface);
  if (!s.enabled) throw new AppError('ai_disabled', `AI is turned off for ${surface} in this account`);
  if (askedId && !s.allowedTechnologyIds.includes(askedId))
    throw new AppError('validation_failed', 'This AI technology is not offered for this surface', {
      field: 'technologyId',
    });
  let first = askedId;
  if (!first) {
    const [pref] = await db
      .select({ id: aiUserPreferences.technologyId })
      .from(aiUserPreferences)
      .where(and(eq(aiUserPreferences.userId, actor.userId), eq(aiUserPreferences.surface, surface)));
    first = pref && s.allowedTechnologyIds.includes(pref.id) ? pref.id : s.defaultTechnologyId;
  }
  const ids = [...new Set([first, ...s.fallbackTechnologyIds])];
  const uuids = ids.filter((id) => id !== LOCAL_TECHNOLOGY_ID);
  const rows = uuids.length
    ? await db
        .select()
        .from(aiTechnologies)
        .where(
          and(
            eq(aiTechnologies.accountId, actor.accountId),
            inArray(aiTechnologies.id, uuids),
            eq(aiTechnologies.status, 'active'),
          ),
        )
    : [];
  return ids.flatMap((id) => {
    if (id === LOCAL_TECHNOLOGY_ID) return [LOCAL_CONFIG];
    const row = rows.find((r) => r.id === id);
    if (!row) return [];
    try {
      return [toConfig(row, ai)];
    } catch {
      // A key sealed with another COHELM_SECRET_KEY: skip it; its test shows the admin why.
      return [];
    }
  });
}
