import { createOpenAI } from '@ai-sdk/openai';
import { AI_TASKS, type Capabilities, type TechnologyFactory } from '../../technology.js';
import { makeFetch } from '../sdk/http-client.js';
import { listModelsOver } from '../sdk/list-models.js';
import { openAiExtras } from '../sdk/openai-extras.js';
import { sdkStream } from '../sdk/sdk-technology.js';

const capabilities: Capabilities = {
  generative: true,
  text: { chat: true, streaming: true, tools: true, jsonSchema: true, tasks: AI_TASKS },
  image: true,
  audio: true,
  embed: true,
  remote: true,
};

/** OpenAI's own API: chat completions, tools, JSON schema, images, Whisper transcription, embeddings. */
export const openaiTechnology: TechnologyFactory = {
  kind: 'openai',
  label: 'OpenAI',
  capabilities,
  needsBaseUrl: false,
  needsApiKey: true,
  defaultBaseUrl: 'https://api.openai.com/v1',
  create(config) {
    const baseUrl = config.baseUrl ?? 'https://api.openai.com/v1';
    const http = makeFetch(config.connectTimeoutMs);
    const provider = createOpenAI({ baseURL: baseUrl, apiKey: config.apiKey ?? '', fetch: http.fetch });
    const endpoint = `${config.name} (${baseUrl})`;
    return {
      config,
      capabilities,
      stream: sdkStream(config, capabilities, (id) => provider.chat(id)),
      listModels: (signal) =>
        listModelsOver(
          http.fetch,
          {
            baseUrl,
            endpoint,
            apiKey: config.apiKey,
            headers: { authorization: `Bearer ${config.apiKey ?? ''}` },
          },
          signal,
        ),
      ...openAiExtras(provider, config, endpoint),
      close: http.close,
    };
  },
};
