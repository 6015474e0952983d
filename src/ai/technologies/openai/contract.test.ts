import { runTechnologyContract, servedBy } from '../../testing/technology-contract.js';
import { openaiTechnology } from './index.js';

runTechnologyContract(openaiTechnology, servedBy('openai', 'gpt-test'));
