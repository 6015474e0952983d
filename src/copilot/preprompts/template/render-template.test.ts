import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engine, render, renderInput } from './fixtures.js';
import { parseTemplate } from './parse-template.js';
import { type RenderInput, renderTemplate } from './render-template.js';

type Row = [name: string, source: string, prompt: string, over?: Partial<RenderInput>];
const table = (rows: Row[]) => {
  for (const [name, source, prompt, over] of rows)
    test(name, () => assert.equal(render(source, over).prompt, prompt));
};

describe('renderTemplate: every marker', () => {
  table([
    ['{original_message}', 'Edit: {original_message}', 'Edit: ORIGINAL'],
    ['{user_message}', 'Do: {user_message}', 'Do: USER'],
    ['{author_message}', 'Reply to: {author_message}', 'Reply to: AUTHOR'],
    ['{language}', 'In {language}.', 'In German.'],
    ['{context_messages}', '{context_messages}', 'Bob: first\nsecond'],
    [
      '{current_result_0..2}, most recent first',
      '{current_result_0}|{current_result_1}|{current_result_2}',
      'R0|R1|R2',
    ],
    ['{author.name}', '{author.name}', 'Ada Admin'],
    ['{author.first_name}', '{author.first_name}', 'Ada'],
    ['{author.last_name}', '{author.last_name}', 'Admin'],
    ['{author.email}', '{author.email}', 'ada@example.test'],
    ['{author.title}, missing', '[{author.title}]', '[]'],
    ['{author.department}', '{author.department}', 'Sales', { author: { department: 'Sales' } }],
    ['{author.language}', '{author.language}', 'de', { author: { language: 'de' } }],
    ['no author at all', '[{author.name}]', '[]', { author: undefined }],
    ['an author field set to undefined', '[{author.name}]', '[]', { author: { name: undefined } }],
    [
      'missing results',
      '[{current_result_0}|{current_result_2}]',
      '[R|]',
      { markers: { current_results: ['R'] } },
    ],
    ['no markers given', '[{original_message}{user_message}{language}]', '[]', { markers: {} }],
    ['spaces inside the braces', 'Hi { user_message }!', 'Hi USER!'],
    [
      'values are not parsed again',
      '{user_message}',
      '{language} @if(x)',
      { markers: { user_message: '{language} @if(x)' } },
    ],
  ]);
});

describe('renderTemplate: text, escapes and lines', () => {
  table([
    ['\\{ and \\} are literal braces', 'JSON: \\{"a": 1\\}', 'JSON: {"a": 1}'],
    ['a lone } is literal', 'a } b', 'a } b'],
    ['a backslash before anything else stays', 'C:\\temp', 'C:\\temp'],
    ['@@ starts a line with a literal @', 'A\n  @@channel please read', 'A\n  @channel please read'],
    ['@ inside a line is text', 'Write to ada@example.test', 'Write to ada@example.test'],
    ['directive lines render nothing', 'A\n@if(user_message)\nB\n@endif\nC', 'A\nB\nC'],
    ['blank lines and trailing spaces stay as written', 'A  \n\n\nB', 'A  \n\n\nB'],
    ['a line of empty markers leaves no blank line', 'A\n  {author.title}\nB', 'A\nB'],
    ['a line of markers that are not empty stays', 'A\n{author.title}{language}\nB', 'A\nGerman\nB'],
    ['text with an empty marker stays', 'Title: {author.title}\nB', 'Title: \nB'],
    ['CRLF becomes LF', 'A\r\nB', 'A\nB'],
    ['the prompt is trimmed', '\n\n  A  \n\n', 'A'],
  ]);
});

describe('renderTemplate: {role} blocks are the system instructions', () => {
  const rows: [string, string, string | null, string][] = [
    ['none', 'Just {user_message}', null, 'Just USER'],
    ['inline', '{role}Be brief.{/role} Do {user_message}', 'Be brief.', 'Do USER'],
    [
      'over lines, with markers',
      '{role}\nAnswer in {language}.\n{/role}\nDo it',
      'Answer in German.',
      'Do it',
    ],
    ['several, joined by a blank line', '{role}A{/role}\nP\n{role}\nB\n{/role}', 'A\n\nB', 'P'],
    [
      'with a condition inside',
      '{role}\n@if(module == "deal")\nDeal voice.\n@endif\n{/role}\nP',
      'Deal voice.',
      'P',
    ],
    ['inside a branch not taken', '@if(module == "task")\n{role}T{/role}\n@endif\nP', null, 'P'],
    ['empty', '{role} {/role}P', null, 'P'],
    ['a role only: empty prompt', '{role}Only system{/role}', 'Only system', ''],
  ];
  for (const [name, source, system, prompt] of rows)
    test(name, () => assert.deepEqual(render(source), { system, prompt }));
});

describe('renderTemplate: conditions', () => {
  const ifElse = (cond: string) => `@if(${cond})\nyes\n@else\nno\n@endif`;
  table([
    ['if taken', ifElse('engine.code == "openai"'), 'yes'],
    ['else taken', ifElse('engine.code == "local"'), 'no'],
    ['if without else, not taken', '@if(module == "task")\nT\n@endif\nrest', 'rest'],
    ['!=', ifElse('engine.category != "image"'), 'yes'],
    ['&&', ifElse('module == "deal" && section == "create"'), 'no'],
    ['||', ifElse('module == "task" || section == "edit"'), 'yes'],
    ['!', ifElse('!original_message'), 'no'],
    ['contains', ifElse('engine.model contains "gpt-4"'), 'yes'],
    ['contains ignores case', ifElse('engine.model contains "GPT-4O"'), 'yes'],
    ['parentheses', ifElse('!(module == "task" || module == "chat")'), 'yes'],
    ['a filled marker is true', ifElse('user_message'), 'yes'],
    ['an empty marker is false', ifElse('author.title'), 'no'],
    ['a blank marker is false', ifElse('user_message'), 'no', { markers: { user_message: '  ' } }],
    ['an author field', ifElse('author.email contains "@example.test"'), 'yes'],
    ['a result', ifElse('current_result_1'), 'no', { markers: { current_results: ['only one'] } }],
    ['context messages given', ifElse('context_messages'), 'yes'],
    ['no context messages', ifElse('context_messages'), 'no', { contextMessages: [] }],
    ['language', ifElse('language == "German"'), 'yes'],
    ['section create', ifElse('section == "create"'), 'yes', { section: 'create' }],
    ['engine.category', ifElse('engine.category == "audio"'), 'yes', engine({ category: 'audio' })],
    ['a number', ifElse('engine.model == 7'), 'yes', engine({ model: '7' })],
    ['@elseif taken', '@if(module == "task")\nT\n@elseif(module == "deal")\nD\n@else\nX\n@endif', 'D'],
    ['the first true branch wins', '@if(user_message)\n1\n@elseif(user_message)\n2\n@endif', '1'],
    [
      'nested, both taken',
      '@if(section == "edit")\n@if(language == "German")\nDE\n@else\nX\n@endif\n@endif',
      'DE',
    ],
    [
      'nested, outer not taken',
      '@if(section == "create")\n@if(language == "German")\nDE\n@endif\n@endif\nZ',
      'Z',
    ],
    ['nested in else', '@if(module == "task")\nT\n@else\n@if(user_message)\nU\n@endif\n@endif', 'U'],
  ]);
});

describe('renderTemplate: @switch', () => {
  const byCode =
    '@switch(engine.code)\n@case(local)\nL\n@case("openai-compatible")\nOC\n@case(openai)\nO\n@default\nD\n@endswitch';
  table([
    ['a bare case', byCode, 'O'],
    ['a quoted case', byCode, 'OC', engine({ code: 'openai-compatible' })],
    ['default', byCode, 'D', engine({ code: 'anthropic' })],
    ['no case and no default', '@switch(module)\n@case(task)\nT\n@endswitch\nrest', 'rest'],
    ['blank lines before the first case', '@switch(engine.category)\n\n@case(text)\nT\n@endswitch', 'T'],
    [
      'a number case',
      '@switch(current_result_0)\n@case(2)\ntwo\n@endswitch',
      'two',
      { markers: { current_results: ['2'] } },
    ],
    ['cases compare exactly', '@switch(module)\n@case(Deal)\nD\n@default\nother\n@endswitch', 'other'],
    ['an empty value matches an empty case', "@switch(author.title)\n@case('')\nnone\n@endswitch", 'none'],
    ['a condition as the operand', '@switch(module == "deal")\n@case(true)\nyes\n@endswitch', 'yes'],
    [
      'a switch in a case',
      '@switch(module)\n@case(deal)\n@switch(section)\n@case(edit)\nDE\n@endswitch\n@endswitch',
      'DE',
    ],
    ['an if in a case', '@switch(module)\n@case(deal)\n@if(user_message)\nU\n@endif\n@endswitch', 'U'],
  ]);
});

describe('renderTemplate: @setTemperature and @setTokens', () => {
  const rows: [string, string, { temperature?: number; maxTokens?: number }][] = [
    ['none', 'X', {}],
    ['both', '@setTemperature(0.2)\n@setTokens(500)\nX', { temperature: 0.2, maxTokens: 500 }],
    ['zero is kept', '@setTemperature(0)\nX', { temperature: 0 }],
    ['the last one wins', '@setTemperature(0.2)\n@setTemperature(.7)\nX', { temperature: 0.7 }],
    ['in a branch taken', '@if(module == "deal")\n@setTokens(80)\n@endif\nX', { maxTokens: 80 }],
    [
      'in a branch not taken',
      '@if(engine.code == "local")\n@setTemperature(1.5)\n@setTokens(9)\n@endif\nX',
      {},
    ],
    [
      'in the else taken',
      '@if(module == "task")\n@setTokens(1)\n@else\n@setTokens(2)\n@endif\nX',
      { maxTokens: 2 },
    ],
    ['in a case not taken', '@switch(module)\n@case(task)\n@setTemperature(2)\n@endswitch\nX', {}],
  ];
  for (const [name, source, settings] of rows)
    test(name, () => assert.deepEqual(render(source), { system: null, prompt: 'X', ...settings }));
});

describe('renderTemplate: reusing a parsed template', () => {
  test('one template, different inputs', () => {
    const template = parseTemplate('@if(engine.code == "local")\nShort.\n@endif\n{user_message}');
    assert.equal(renderTemplate(template, renderInput(engine({ code: 'local' }))).prompt, 'Short.\nUSER');
    assert.equal(renderTemplate(template, renderInput()).prompt, 'USER');
  });
});
