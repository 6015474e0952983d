import { runTechnologyContract } from '../../testing/technology-contract.js';
import { anthropicTechnology } from './index.js';

runTechnologyContract(anthropicTechnology, {
  config: (server, overrides) => ({
    id: 'tech-test',
    kind: 'anthropic',
    name: 'Test anthropic',
    baseUrl: server?.url ?? 'http://127.0.0.1:9/v1',
    apiKey: 'test-key',
    models: [{ id: 'claude-test' }, { id: 'no-such-model' }],
    defaultModel: 'claude-test',
    connectTimeoutMs: 2000,
    ...overrides,
  }),
});
