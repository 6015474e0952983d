import { eq } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { aiTechnologies } from '../../store/schema/index.js';
import type { AiRuntime } from '../ai-runtime.js';
import { TECHNOLOGY_FACTORIES } from '../technologies/registry.js';
import type { TechnologyConfig } from '../technology.js';
import { findTechnology, toConfig } from './technologies.repository.js';
import type { ProbeIn } from './technology.schema.js';
import { checkEndpointFields } from './technology-rules.js';
import { testEndpoint } from './test-endpoint.js';

/** An admin re-tests a connected technology; the outcome is kept on it and returned as a value. */
export async function testTechnology(db: Database, ai: AiRuntime, actor: Actor, id: string) {
  requireAdmin(actor);
  const row = await findTechnology(db, actor, id);
  const { failure: _f, ...result } = await testEndpoint(toConfig(row, ai));
  const { models: _m, ...lastTest } = result;
  await db.update(aiTechnologies).set({ lastTest }).where(eq(aiTechnologies.id, id));
  return result;
}

/** Before connecting: which models does this endpoint offer with this key? Nothing is saved. */
export async function probeEndpoint(ai: AiRuntime, actor: Actor, input: ProbeIn) {
  requireAdmin(actor);
  const factory = TECHNOLOGY_FACTORIES[input.kind];
  checkEndpointFields(factory, input.baseUrl, input.apiKey);
  const config: TechnologyConfig = {
    id: 'probe',
    kind: input.kind,
    name: factory.label,
    baseUrl: input.baseUrl || factory.defaultBaseUrl,
    apiKey: input.apiKey ?? null,
    models: [],
    defaultModel: null,
    connectTimeoutMs: ai.connectTimeoutMs,
  };
  const { failure: _f, ...result } = await testEndpoint(config);
  return result;
}
