import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import { aiTechnologies } from '../../store/schema/index.js';
import { toAppError } from '../ai.errors.js';
import type { AiRuntime } from '../ai-runtime.js';
import { TECHNOLOGY_FACTORIES } from '../technologies/registry.js';
import type { TechnologyConfig } from '../technology.js';
import { toOut, uniqueTechnologyName } from './technologies.repository.js';
import { TechnologyIn } from './technology.schema.js';
import { checkEndpointFields, chooseModels } from './technology-rules.js';
import { testEndpoint } from './test-endpoint.js';

/**
 * An admin connects a third-party AI technology. The endpoint is tested first; if the test fails
 * nothing is saved and the admin sees the provider's error with its code.
 */
export async function connectTechnology(db: Database, ai: AiRuntime, actor: Actor, input: TechnologyIn) {
  requireAdmin(actor);
  const data = TechnologyIn.parse(input);
  const factory = TECHNOLOGY_FACTORIES[data.kind];
  checkEndpointFields(factory, data.baseUrl, data.apiKey);
  const config: TechnologyConfig = {
    id: newId(),
    kind: data.kind,
    name: data.name,
    baseUrl: data.baseUrl || factory.defaultBaseUrl,
    apiKey: data.apiKey ?? null,
    models: data.models ?? [],
    defaultModel: data.defaultModel ?? null,
    connectTimeoutMs: ai.connectTimeoutMs,
  };
  const test = await testEndpoint(config);
  if (test.failure) throw toAppError(test.failure);
  const { models, defaultModel } = chooseModels(data.models, data.defaultModel, test.models ?? []);
  const { failure: _f, models: _m, ...lastTest } = test;
  const [row] = await uniqueTechnologyName(data.name, () =>
    db
      .insert(aiTechnologies)
      .values({
        id: config.id,
        accountId: actor.accountId,
        kind: data.kind,
        name: data.name,
        baseUrl: config.baseUrl,
        apiKeyEncrypted: data.apiKey ? ai.box.seal(data.apiKey) : null,
        models,
        defaultModel,
        region: data.region,
        termsUrl: data.termsUrl ?? null,
        termsAcceptedBy: data.termsAccepted ? actor.userId : null,
        termsAcceptedAt: data.termsAccepted ? new Date() : null,
        lastTest,
        createdBy: actor.userId,
      })
      .returning(),
  );
  if (!row) throw new AppError('internal', 'technology not saved');
  return toOut(db, row, ai);
}
