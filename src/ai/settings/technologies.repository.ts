import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { conflictOnDuplicate } from '../../shared/unique-violation.js';
import type { DbOrTx } from '../../store/database.js';
import { aiTechnologies, users } from '../../store/schema/index.js';
import type { AiRuntime } from '../ai-runtime.js';
import { LOCAL_TECHNOLOGY_ID, localTechnology } from '../technologies/local/index.js';
import { TECHNOLOGY_FACTORIES } from '../technologies/registry.js';
import type { Capabilities, TechnologyConfig } from '../technology.js';

const capabilitiesOut = (c: Capabilities) => ({ ...c, text: { ...c.text, tasks: [...c.text.tasks] } });

export type TechnologyRow = typeof aiTechnologies.$inferSelect;

export const LOCAL_CONFIG: TechnologyConfig = Object.freeze({
  id: LOCAL_TECHNOLOGY_ID,
  kind: 'local',
  name: localTechnology.label,
  baseUrl: null,
  apiKey: null,
  models: [],
  defaultModel: null,
  connectTimeoutMs: 0,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findTechnology(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TechnologyRow> {
  if (!UUID.test(id)) throw notFound('AI technology');
  const q = db
    .select()
    .from(aiTechnologies)
    .where(and(eq(aiTechnologies.accountId, actor.accountId), eq(aiTechnologies.id, id)));
  const [row] = await (opts.forUpdate ? q.for('update') : q);
  if (!row) throw notFound('AI technology');
  return row;
}

export const listTechnologyRows = (db: DbOrTx, accountId: string) =>
  db
    .select()
    .from(aiTechnologies)
    .where(eq(aiTechnologies.accountId, accountId))
    .orderBy(asc(aiTechnologies.createdAt));

/** The runnable config of a stored technology: the key decrypted, only here and only in memory. */
export function toConfig(row: TechnologyRow, ai: AiRuntime): TechnologyConfig {
  return {
    id: row.id,
    kind: row.kind as TechnologyConfig['kind'],
    name: row.name,
    baseUrl: row.baseUrl,
    apiKey: row.apiKeyEncrypted ? ai.box.open(row.apiKeyEncrypted) : null,
    models: row.models,
    defaultModel: row.defaultModel,
    connectTimeoutMs: ai.connectTimeoutMs,
  };
}

/** A row as admins see it: never the key, only whether there is one. */
export async function toOut(db: DbOrTx, row: TechnologyRow, ai: AiRuntime, withHealth = true) {
  const factory = TECHNOLOGY_FACTORIES[row.kind as TechnologyConfig['kind']];
  if (!factory) throw new AppError('internal', `unknown technology kind ${row.kind}`);
  let acceptedBy: { id: string; name: string } | null = null;
  if (row.termsAcceptedBy) {
    const [u] = await db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(eq(users.id, row.termsAcceptedBy));
    acceptedBy = u ?? null;
  }
  return {
    id: row.id,
    kind: factory.kind,
    name: row.name,
    builtIn: false,
    baseUrl: row.baseUrl,
    hasApiKey: row.apiKeyEncrypted !== null,
    models: row.models,
    defaultModel: row.defaultModel,
    region: row.region,
    termsUrl: row.termsUrl,
    termsAcceptedBy: acceptedBy,
    termsAcceptedAt: row.termsAcceptedAt,
    status: row.status,
    lastTest: row.lastTest ?? null,
    capabilities: capabilitiesOut(factory.capabilities),
    ...(withHealth ? { health: ai.router.health(row.id) } : {}),
    version: row.version,
  };
}

/** The built-in engine as a technology entry, so that lists and choices show it like the others. */
export function localOut(ai: AiRuntime) {
  return {
    id: LOCAL_TECHNOLOGY_ID,
    kind: 'local' as const,
    name: localTechnology.label,
    builtIn: true,
    baseUrl: null,
    hasApiKey: false,
    models: [],
    defaultModel: null,
    region: 'This server (no data leaves it)',
    termsUrl: null,
    termsAcceptedBy: null,
    termsAcceptedAt: null,
    status: 'active' as const,
    lastTest: null,
    capabilities: capabilitiesOut(localTechnology.capabilities),
    health: ai.router.health(LOCAL_TECHNOLOGY_ID),
    version: 1,
  };
}

export const uniqueTechnologyName = <T>(name: string | undefined, write: () => Promise<T>): Promise<T> =>
  conflictOnDuplicate(`An AI technology named "${name}" already exists`, write);
