import { runTechnologyContract } from '../../testing/technology-contract.js';
import { LOCAL_TECHNOLOGY_ID, localTechnology } from './index.js';

runTechnologyContract(localTechnology, {
  config: () => ({
    id: LOCAL_TECHNOLOGY_ID,
    kind: 'local',
    name: 'Local engine',
    baseUrl: null,
    apiKey: null,
    models: [],
    defaultModel: null,
    connectTimeoutMs: 0,
  }),
});
