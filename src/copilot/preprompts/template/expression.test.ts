import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate, namesOf, parseExpression, truthy } from './expression.js';

const values: Record<string, string> = {
  'engine.code': 'openai-compatible',
  'engine.model': 'gpt-4o-mini',
  module: 'deal',
  section: 'edit',
  user_message: 'Make it short',
  author_message: '',
  language: '  ',
};
const check = (src: string) => truthy(evaluate(parseExpression(src, 1, 1), (n) => values[n] ?? ''));

describe('conditions: each operator, precedence and truthiness', () => {
  const rows: [string, boolean][] = [
    ['engine.code == "openai-compatible"', true],
    ["engine.code == 'openai'", false],
    ['module != "task"', true],
    ['module != "deal"', false],
    ['engine.model contains "gpt-4"', true],
    ['engine.model contains "GPT-4O"', true],
    ['engine.model contains "claude"', false],
    ['user_message contains ""', true],
    ['module == "deal" && section == "edit"', true],
    ['module == "deal" && section == "create"', false],
    ['module == "task" || section == "edit"', true],
    ['module == "task" || section == "create"', false],
    ['!author_message', true],
    ['!user_message', false],
    ['!!user_message', true],
    ['!module == "deal"', false],
    ['!(module == "task")', true],
    ['user_message', true],
    ['author_message', false],
    ['language', false],
    ['current_result_0', false],
    ['"text"', true],
    ['""', false],
    ['0', true],
    ['module == "task" || module == "deal" && section == "create"', false],
    ['(module == "task" || module == "deal") && section == "edit"', true],
    ['module == "task" && section == "edit" || module == "deal"', true],
    ['"it\\"s" == \'it"s\'', true],
    ['2 == "2"', true],
    ['-1 != 1', true],
    ['(module == "deal") == "true"', true],
  ];
  for (const [src, want] of rows) test(src, () => assert.equal(check(src), want));
});

describe('conditions: the names they read', () => {
  test('every name, once per use, literals excluded', () => {
    const expr = parseExpression(
      '!user_message && (engine.code == "x" || author.name contains module)',
      1,
      1,
    );
    assert.deepEqual(namesOf(expr), ['user_message', 'engine.code', 'author.name', 'module']);
  });
});
