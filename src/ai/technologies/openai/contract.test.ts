import { runTechnologyContract } from '../../testing/technology-contract.js';
import { openaiTechnology } from './index.js';

runTechnologyContract(openaiTechnology, {
  config: (server, overrides) => ({
    id: 'tech-test',
    kind: 'openai',
    name: 'Test openai',
    baseUrl: server?.url ?? 'http://127.0.0.1:9/v1',
    apiKey: 'test-key',
    models: [{ id: 'gpt-test' }, { id: 'no-such-model' }],
    defaultModel: 'gpt-test',
    connectTimeoutMs: 2000,
    ...overrides,
  }),
});
