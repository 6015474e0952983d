import { createAnthropic } from '@ai-sdk/anthropic';
import { AI_TASKS, type Capabilities, type TechnologyFactory } from '../../technology.js';
import { makeFetch } from '../sdk/http-client.js';
import { listModelsOver } from '../sdk/list-models.js';
import { sdkStream } from '../sdk/sdk-technology.js';

const capabilities: Capabilities = {
  generative: true,
  text: { chat: true, streaming: true, tools: true, jsonSchema: true, tasks: AI_TASKS },
  image: false,
  audio: false,
  embed: false,
  remote: true,
};

/** Anthropic's Messages API (text, streaming, tools). Anthropic offers no speech, image or embedding API. */
export const anthropicTechnology: TechnologyFactory = {
  kind: 'anthropic',
  label: 'Anthropic',
  capabilities,
  needsBaseUrl: false,
  needsApiKey: true,
  defaultBaseUrl: 'https://api.anthropic.com/v1',
  create(config) {
    const baseUrl = config.baseUrl ?? 'https://api.anthropic.com/v1';
    const http = makeFetch(config.connectTimeoutMs);
    const provider = createAnthropic({ baseURL: baseUrl, apiKey: config.apiKey ?? '', fetch: http.fetch });
    const endpoint = `${config.name} (${baseUrl})`;
    return {
      config,
      capabilities,
      stream: sdkStream(config, capabilities, (id) => provider.messages(id)),
      listModels: (signal) =>
        listModelsOver(
          http.fetch,
          {
            baseUrl,
            endpoint,
            apiKey: config.apiKey,
            headers: { 'x-api-key': config.apiKey ?? '', 'anthropic-version': '2023-06-01' },
          },
          signal,
        ),
      close: http.close,
    };
  },
};
