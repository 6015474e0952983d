import { parseTemplate } from './parse-template.js';
import { type RenderInput, type RenderResult, renderTemplate } from './render-template.js';

/** A request with every marker filled, for tests: each value names its marker. */
export const renderInput = (over: Partial<RenderInput> = {}): RenderInput => ({
  engine: { code: 'openai', category: 'text', model: 'gpt-4o-mini', contextWindowTokens: 8000 },
  module: 'deal',
  section: 'edit',
  markers: {
    original_message: 'ORIGINAL',
    user_message: 'USER',
    author_message: 'AUTHOR',
    language: 'German',
    current_results: ['R0', 'R1', 'R2'],
  },
  author: { name: 'Ada Admin', first_name: 'Ada', last_name: 'Admin', email: 'ada@example.test' },
  contextMessages: [{ author: 'Bob', text: 'first' }, { text: 'second' }],
  ...over,
});

export const render = (source: string, over: Partial<RenderInput> = {}): RenderResult =>
  renderTemplate(parseTemplate(source), renderInput(over));

/** The engine of `renderInput` with other values. */
export const engine = (over: Partial<RenderInput['engine']>): Pick<RenderInput, 'engine'> => ({
  engine: { ...renderInput().engine, ...over },
});
