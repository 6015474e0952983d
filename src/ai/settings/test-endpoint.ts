import type { LastTest } from '../../store/schema/index.js';
import { AiError, type AiFailure, aiFailure } from '../ai.errors.js';
import { TECHNOLOGY_FACTORIES } from '../technologies/registry.js';
import type { TechnologyConfig } from '../technology.js';

export type EndpointTest = LastTest & { models?: string[] };

const TEST_TIMEOUT_MS = 15_000;

/**
 * Checks that a technology's endpoint answers with this URL and key: lists its models, and checks
 * that every enabled model is among them. Returns the outcome as a value, with a specific code.
 */
export async function testEndpoint(
  config: TechnologyConfig,
): Promise<EndpointTest & { failure?: AiFailure }> {
  const t0 = performance.now();
  const tech = TECHNOLOGY_FACTORIES[config.kind].create(config);
  const at = new Date().toISOString();
  const done = (failure: AiFailure | null, models?: string[]) => ({
    ok: failure === null,
    at,
    latencyMs: Math.round(performance.now() - t0),
    ...(failure ? { code: failure.code, message: failure.message, failure } : {}),
    ...(models ? { models } : {}),
  });
  try {
    const models = await tech.listModels(AbortSignal.timeout(TEST_TIMEOUT_MS));
    const missing = config.models.map((m) => m.id).filter((id) => !models.includes(id));
    if (missing.length)
      return done(
        aiFailure(
          'ai_model_not_found',
          `${config.name} does not offer ${missing.map((m) => `"${m}"`).join(', ')}; it offers: ${models.slice(0, 20).join(', ') || 'no models'}`,
        ),
        models,
      );
    return done(null, models);
  } catch (e) {
    if (e instanceof AiError) return done(e.failure);
    if ((e as Error).name === 'TimeoutError')
      return done(
        aiFailure('ai_timeout', `${config.name} did not answer within ${TEST_TIMEOUT_MS / 1000} s`),
      );
    return done(aiFailure('ai_provider_error', `${config.name} could not be tested`));
  } finally {
    await tech.close();
  }
}
