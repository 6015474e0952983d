import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
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

/**
 * Any server speaking the OpenAI protocol: Ollama (`http://localhost:11434/v1`), vLLM, llama.cpp
 * server, LM Studio, LocalAI, or a gateway. The key is optional (local servers often need none).
 */
export const openaiCompatibleTechnology: TechnologyFactory = {
  kind: 'openai-compatible',
  label: 'OpenAI-compatible server',
  capabilities,
  needsBaseUrl: true,
  needsApiKey: false,
  defaultBaseUrl: null,
  create(config) {
    const baseUrl = config.baseUrl ?? 'http://127.0.0.1:11434/v1';
    const http = makeFetch(config.connectTimeoutMs);
    const apiKey = config.apiKey ?? undefined;
    const provider = createOpenAICompatible({
      name: 'compatible',
      baseURL: baseUrl,
      apiKey,
      fetch: http.fetch,
      includeUsage: true,
      supportsStructuredOutputs: true,
    });
    // Audio, embeddings and images use the same routes as OpenAI's; its provider speaks them.
    const extras = createOpenAI({ baseURL: baseUrl, apiKey: apiKey ?? 'none', fetch: http.fetch });
    const endpoint = `${config.name} (${baseUrl})`;
    return {
      config,
      capabilities,
      stream: sdkStream(config, capabilities, (id) => provider.chatModel(id)),
      listModels: (signal) =>
        listModelsOver(
          http.fetch,
          {
            baseUrl,
            endpoint,
            apiKey: config.apiKey,
            headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
          },
          signal,
        ),
      ...openAiExtras(extras, config, endpoint),
      close: http.close,
    };
  },
};
