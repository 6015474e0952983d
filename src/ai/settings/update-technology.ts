import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { aiTechnologies } from '../../store/schema/index.js';
import { assertVersion } from '../../workspace/shared/stamps.js';
import { toAppError } from '../ai.errors.js';
import type { AiRuntime } from '../ai-runtime.js';
import { TECHNOLOGY_FACTORIES } from '../technologies/registry.js';
import type { TechnologyConfig } from '../technology.js';
import { findTechnology, toConfig, toOut, uniqueTechnologyName } from './technologies.repository.js';
import { TechnologyUpdate } from './technology.schema.js';
import { checkEndpointFields, chooseModels } from './technology-rules.js';
import { testEndpoint } from './test-endpoint.js';

/**
 * An admin edits or disables a technology. A change of URL, key or models is tested before it is
 * saved (a failed test changes nothing); a new terms URL needs the terms accepted again.
 */
export async function updateTechnology(
  db: Database,
  ai: AiRuntime,
  actor: Actor,
  id: string,
  input: TechnologyUpdate,
) {
  requireAdmin(actor);
  const data = TechnologyUpdate.parse(input);
  const current = await findTechnology(db, actor, id);
  assertVersion('AI technology', current, data.version);
  const factory = TECHNOLOGY_FACTORIES[current.kind as TechnologyConfig['kind']];
  const before = toConfig(current, ai);
  const next: TechnologyConfig = {
    ...before,
    name: data.name ?? before.name,
    baseUrl: data.baseUrl !== undefined ? data.baseUrl || factory.defaultBaseUrl : before.baseUrl,
    apiKey: data.apiKey !== undefined ? data.apiKey : before.apiKey,
    models: data.models ?? before.models,
    defaultModel: data.defaultModel !== undefined ? data.defaultModel : before.defaultModel,
  };
  checkEndpointFields(factory, next.baseUrl, next.apiKey);
  const status = data.status ?? current.status;
  const endpointChanged =
    next.baseUrl !== before.baseUrl ||
    next.apiKey !== before.apiKey ||
    JSON.stringify(next.models) !== JSON.stringify(before.models);
  const reEnabled = status === 'active' && current.status === 'disabled';
  let lastTest = current.lastTest;
  let chosen = { models: next.models, defaultModel: next.defaultModel };
  if (status === 'active' && (endpointChanged || reEnabled || data.defaultModel !== undefined)) {
    const test = await testEndpoint(next);
    if (test.failure) throw toAppError(test.failure);
    chosen = chooseModels(next.models, next.defaultModel, test.models ?? []);
    const { failure: _f, models: _m, ...rest } = test;
    lastTest = rest;
  }
  const termsUrl = data.termsUrl !== undefined ? data.termsUrl : current.termsUrl;
  const termsChanged = termsUrl !== current.termsUrl;
  const accept = data.termsAccepted ?? (termsChanged ? false : undefined);

  return db.transaction(async (tx) => {
    const locked = await findTechnology(tx, actor, id, { forUpdate: true });
    assertVersion('AI technology', locked, current.version);
    const [row] = await uniqueTechnologyName(next.name, () =>
      tx
        .update(aiTechnologies)
        .set({
          name: next.name,
          baseUrl: next.baseUrl,
          ...(data.apiKey !== undefined
            ? { apiKeyEncrypted: data.apiKey ? ai.box.seal(data.apiKey) : null }
            : {}),
          models: chosen.models,
          defaultModel: chosen.defaultModel,
          region: data.region ?? current.region,
          termsUrl,
          ...(accept === true ? { termsAcceptedBy: actor.userId, termsAcceptedAt: new Date() } : {}),
          ...(accept === false ? { termsAcceptedBy: null, termsAcceptedAt: null } : {}),
          status,
          lastTest,
          updatedAt: sql`now()`,
          version: sql`${aiTechnologies.version} + 1`,
        })
        .where(eq(aiTechnologies.id, id))
        .returning(),
    );
    return toOut(tx, row!, ai);
  });
}
