import { AppError } from '../../shared/errors.js';
import type { ModelInfo, TechnologyFactory } from '../technology.js';

/** The base URL and key a kind needs, checked before anything is sent anywhere. */
export function checkEndpointFields(
  factory: TechnologyFactory,
  baseUrl: string | null | undefined,
  apiKey: string | null | undefined,
) {
  if (factory.needsBaseUrl && !baseUrl)
    throw new AppError('validation_failed', `${factory.label} needs a base URL`, { field: 'baseUrl' });
  if (baseUrl && factory.kind !== 'gguf' && !/^https?:\/\/[^\s/]+/i.test(baseUrl))
    throw new AppError('validation_failed', 'The base URL must start with http:// or https://', {
      field: 'baseUrl',
    });
  if (factory.needsApiKey && !apiKey)
    throw new AppError('validation_failed', `${factory.label} needs an API key`, { field: 'apiKey' });
}

const MAX_LISTED = 50;

/** The models to enable: those the admin named, or what the endpoint lists; and a valid default. */
export function chooseModels(
  asked: ModelInfo[] | undefined,
  askedDefault: string | null | undefined,
  listed: string[],
): { models: ModelInfo[]; defaultModel: string | null } {
  const models = asked?.length ? asked : listed.slice(0, MAX_LISTED).map((id) => ({ id }));
  const ids = models.map((m) => m.id);
  if (new Set(ids).size !== ids.length)
    throw new AppError('validation_failed', 'A model is listed twice', { field: 'models' });
  if (askedDefault && !ids.includes(askedDefault))
    throw new AppError(
      'validation_failed',
      `The default model "${askedDefault}" is not among the enabled models`,
      {
        field: 'defaultModel',
      },
    );
  return { models, defaultModel: askedDefault ?? ids[0] ?? null };
}
