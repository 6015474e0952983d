import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  parseTemplate,
  type RenderInput,
  renderTemplate,
  TemplateError,
  usedMarkers,
  validateTemplate,
} from './index.js';

const input = (over: Partial<RenderInput> = {}): RenderInput => ({
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
  author: { name: 'Ada Admin', first_name: 'Ada', email: 'ada@example.test' },
  contextMessages: [
    { author: 'Bob', text: 'first' },
    { author: 'Cy', text: 'second' },
  ],
  ...over,
});
const render = (src: string, over: Partial<RenderInput> = {}) =>
  renderTemplate(parseTemplate(src), input(over));

describe('pre-prompt template: every marker', () => {
  const rows: [string, string][] = [
    ['{original_message}', 'ORIGINAL'],
    ['{user_message}', 'USER'],
    ['{author_message}', 'AUTHOR'],
    ['{language}', 'German'],
    ['{context_messages}', 'Bob: first\nCy: second'],
    ['{author.name}', 'Ada Admin'],
    ['{author.first_name}', 'Ada'],
    ['{author.email}', 'ada@example.test'],
    ['{author.title}', ''],
    ['{current_result_0}|{current_result_1}|{current_result_2}', 'R0|R1|R2'],
    ['Hi { user_message }!', 'Hi USER!'],
    ['literal \\{braces\\}', 'literal {braces}'],
    ['@@mention stays', '@mention stays'],
  ];
  for (const [src, want] of rows) test(src, () => assert.equal(render(src).prompt, want));

  test('missing values render empty', () => {
    assert.equal(render('[{current_result_2}]', { markers: { current_results: [] } }).prompt, '[]');
  });
  test('role blocks become the system instructions, joined', () => {
    const r = render('{role}Be brief.{/role}\nDo {user_message}\n{role}\nIn {language}.\n{/role}');
    assert.equal(r.system, 'Be brief.\n\nIn German.');
    assert.equal(r.prompt, 'Do USER');
    assert.equal(render('no role').system, null);
  });
  test('usedMarkers lists what a template reads', () => {
    assert.deepEqual(usedMarkers(parseTemplate('{user_message} {author.name}\n{user_message}')), [
      'user_message',
      'author.name',
    ]);
  });
});

describe('pre-prompt template: conditions', () => {
  const rows: [string, string, Partial<RenderInput>?][] = [
    ['@if(engine.code == "openai")\nA\n@else\nB\n@endif', 'A'],
    ['@if(engine.code == "local")\nA\n@else\nB\n@endif', 'B'],
    ["@if(engine.code != 'local')\nA\n@endif", 'A'],
    ['@if(engine.category == "text" && module == "deal")\nA\n@endif', 'A'],
    ['@if(engine.category == "image" || section == "edit")\nA\n@endif', 'A'],
    ['@if(!user_message)\nA\n@else\nB\n@endif', 'B'],
    ['@if(!(module == "task"))\nA\n@endif', 'A'],
    ['@if(engine.model contains "GPT-4")\nA\n@endif', 'A'],
    ['@if(author.title)\nA\n@else\nB\n@endif', 'B'],
    ['@if(context_messages)\nA\n@endif', 'A'],
    ['@if(context_messages)\nA\n@else\nnone\n@endif', 'none', { contextMessages: [] }],
    ['@if(current_result_0)\nagain\n@endif', 'again'],
    ['@if(module == "task")\nA\n@elseif(module == "deal")\nB\n@else\nC\n@endif', 'B'],
    ['@if(section == "edit")\n@if(language == "German")\nDE\n@else\nX\n@endif\n@endif', 'DE'],
    ['@switch(engine.code)\n@case("local")\nL\n@case(openai)\nO\n@default\nD\n@endswitch', 'O'],
    [
      '@switch(engine.code)\n@case("local")\nL\n@default\nD\n@endswitch',
      'D',
      { engine: { code: 'anthropic', category: 'text', model: 'x', contextWindowTokens: 1000 } },
    ],
    ['@switch(module)\n@case(task)\nT\n@endswitch\nrest', 'rest'],
    ['@switch(engine.category)\n\n@case(text)\nT\n@endswitch', 'T'],
  ];
  for (const [src, want, over] of rows)
    test(src.replace(/\n/g, ' ⏎ '), () => assert.equal(render(src, over).prompt, want));
});

describe('pre-prompt template: settings', () => {
  test('@setTemperature and @setTokens set the request; a branch not taken does not', () => {
    assert.deepEqual(render('@setTemperature(0.2)\n@setTokens(500)\nX'), {
      system: null,
      prompt: 'X',
      temperature: 0.2,
      maxTokens: 500,
    });
    const r = render('@if(engine.code == "local")\n@setTemperature(1.5)\n@endif\nX');
    assert.equal(r.temperature, undefined);
  });
});

describe('pre-prompt template: context window', () => {
  test('keeps the newest messages that fit, oldest first, within the budget', () => {
    const messages = Array.from({ length: 200 }, (_, i) => ({
      author: 'U',
      text: `message number ${i} `.repeat(10),
    }));
    const r = render('Context:\n{context_messages}\nTask: {user_message}', {
      contextMessages: messages,
      engine: { code: 'openai', category: 'text', model: 'm', contextWindowTokens: 3000 },
      reserveTokens: 500,
    });
    const kept = r.prompt.split('\n').filter((l) => l.startsWith('U: '));
    assert.ok(kept.length > 5 && kept.length < 200, `some but not all fit: ${kept.length}`);
    assert.match(kept.at(-1) ?? '', /message number 199 /, 'the newest is kept');
    assert.ok(Math.ceil(r.prompt.length / 4) <= 3000 - 500 + 10, 'within the window minus the reserve');
    const none = render('{context_messages}', {
      engine: { code: 'o', category: 'text', model: 'm', contextWindowTokens: 100 },
      reserveTokens: 100,
    });
    assert.equal(none.prompt, '', 'nothing fits: empty');
  });
});

describe('pre-prompt template: errors name the line and column', () => {
  const rows: [string, string, number, number][] = [
    ['Hello {foo}', 'Unknown marker {foo}', 1, 7],
    ['line one\n  {author.shoe_size}', 'Unknown author field', 2, 3],
    ['@if(engine.code == "x")\nA', '@if without @endif', 1, 1],
    ['A\n@else', '@else without @if', 2, 1],
    ['A\n  @endif', '@endif without @if', 2, 3],
    ['@case(x)', '@case outside @switch', 1, 1],
    ['@switch(module)\ntext\n@endswitch', 'Text before the first @case', 2, 1],
    ['@switch(module)\n@case(a)\n', '@switch without @endswitch', 1, 1],
    ['Say {user_message', 'Unterminated "{"', 1, 5],
    ['@if(engine.code ==)\n@endif', 'ends too early', 1, 19],
    ['@if(engine.kind == "x")\n@endif', 'Unknown name "engine.kind"', 1, 5],
    ['@if(module = "x")\n@endif', 'Unexpected "="', 1, 12],
    ['@if()\n@endif', 'needs a condition', 1, 1],
    ['@setFoo(1)', 'Unknown directive @setFoo', 1, 1],
    ['@setTemperature(3)', 'from 0 to 2', 1, 17],
    ['@setTokens(1.5)', 'whole number', 1, 12],
    ['{role}a{role}b{/role}{/role}', 'cannot contain another', 1, 1],
    ['a{/role}', '{/role} without {role}', 1, 2],
    ['{role}\nnever closed', '{role} without {/role}', 1, 1],
    ['@if(module == "deal")\n@else\n@else\n@endif', '@else after @else', 3, 1],
    ['@endif(x)', 'takes no arguments', 1, 8],
  ];
  for (const [src, message, line, column] of rows)
    test(src.replace(/\n/g, ' ⏎ '), () => {
      const checked = validateTemplate(src);
      assert.equal(checked.ok, false, 'refused');
      if (checked.ok) return;
      assert.ok(checked.error.message.includes(message), `message: ${checked.error.message}`);
      assert.deepEqual([checked.error.line, checked.error.column], [line, column], checked.error.message);
    });
});

describe('pre-prompt template: properties', () => {
  test('text without braces or directives renders unchanged (trimmed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', 'x', 'é', '1') }), (s) => {
        assert.equal(render(s).prompt, s.trim());
      }),
    );
  });
  test('the parser throws nothing but TemplateError, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('{', '}', '@', '(', ')', 'if', 'role', '/', '\n', 'a', '"', '=', '!', ' '),
        }),
        (s) => {
          try {
            parseTemplate(s);
          } catch (e) {
            assert.ok(e instanceof TemplateError, `unexpected ${String(e)}`);
          }
        },
      ),
    );
  });
});
