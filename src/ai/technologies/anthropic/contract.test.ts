import { runTechnologyContract, servedBy } from '../../testing/technology-contract.js';
import { anthropicTechnology } from './index.js';

runTechnologyContract(anthropicTechnology, servedBy('anthropic', 'claude-test'));
