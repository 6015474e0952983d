import type { LanguageModel } from 'ai';
import { aiFailure } from '../../ai.errors.js';
import type {
  CallOptions,
  Capabilities,
  StreamPart,
  Technology,
  TechnologyConfig,
  TextRequest,
} from '../../technology.js';
import { sdkTextStream } from './sdk-text-stream.js';

/** Which model a request runs on: the one asked for (if the admin enabled it), else the default. */
export function pickModel(config: TechnologyConfig, asked: string | undefined): string | { error: string } {
  const enabled = config.models.map((m) => m.id);
  if (asked) {
    if (enabled.length && !enabled.includes(asked))
      return { error: `model "${asked}" is not enabled for ${config.name}; enabled: ${enabled.join(', ')}` };
    return asked;
  }
  const chosen = config.defaultModel ?? enabled[0];
  return chosen ?? { error: `${config.name} has no model configured` };
}

/** `stream` for every technology built on an AI SDK language model. */
export function sdkStream(
  config: TechnologyConfig,
  capabilities: Capabilities,
  languageModel: (modelId: string) => LanguageModel,
): Technology['stream'] {
  return async function* stream(request: TextRequest, options: CallOptions): AsyncGenerator<StreamPart> {
    const modelId = pickModel(config, request.model);
    if (typeof modelId !== 'string') {
      yield { type: 'error', error: aiFailure('ai_model_not_found', modelId.error) };
      return;
    }
    if (request.tools?.length && !capabilities.text.tools) {
      yield { type: 'error', error: aiFailure('capability_unsupported', `${config.name} cannot call tools`) };
      return;
    }
    yield* sdkTextStream(languageModel(modelId), config, modelId, request, options);
  };
}
