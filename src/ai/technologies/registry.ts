import type { TechnologyFactory, TechnologyKind } from '../technology.js';
import { anthropicTechnology } from './anthropic/index.js';
import { ggufTechnology } from './gguf/index.js';
import { localTechnology } from './local/index.js';
import { openaiTechnology } from './openai/index.js';
import { openaiCompatibleTechnology } from './openai-compatible/index.js';

/** Every technology kind Cohelm can run; adding a kind without a factory fails to compile. */
export const TECHNOLOGY_FACTORIES = {
  openai: openaiTechnology,
  'openai-compatible': openaiCompatibleTechnology,
  anthropic: anthropicTechnology,
  local: localTechnology,
  gguf: ggufTechnology,
} as const satisfies Record<TechnologyKind, TechnologyFactory>;
