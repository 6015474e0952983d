import { runTechnologyContract, servedBy } from '../../testing/technology-contract.js';
import { openaiCompatibleTechnology } from './index.js';

runTechnologyContract(openaiCompatibleTechnology, servedBy('openai-compatible', 'gpt-test'));
