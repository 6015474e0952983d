import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseTemplate, TemplateError, usedMarkers, validateTemplate } from './index.js';

describe('parseTemplate: each error names the offending token by line and column', () => {
  const deep = `${'@if(user_message)\n'.repeat(33)}x\n${'@endif\n'.repeat(33)}`;
  // [template, part of the message, line, column, marker]
  const rows: [string, string, number, number, string?][] = [
    ['Hello {foo}', 'Unknown marker {foo}', 1, 7, 'foo'],
    ['{}', 'Unknown marker {}', 1, 1, ''],
    ['Recap:\n{orignal_message}', 'did you mean {original_message}?', 2, 1, 'orignal_message'],
    ['Hi\n  {author.shoe_size}', 'Unknown author field "shoe_size"', 2, 3, 'author.shoe_size'],
    ['Say {user_message', 'Unterminated "{"', 1, 5],
    ['Say {user_message {language}', 'Unterminated "{"', 1, 5],
    ['@if(engine.code == "x")\nA', '@if without @endif', 1, 1],
    ['@if(module == "deal")\n  @if(user_message)\nA\n@endif', '@if without @endif', 1, 1],
    ['A\n  @endif', '@endif without @if', 2, 3],
    ['A\n@else', '@else without @if', 2, 1],
    ['@elseif(module == "x")', '@elseif without @if', 1, 1],
    ['@if(module == "deal")\n@else\n@else\n@endif', '@else after @else', 3, 1],
    ['@if(module == "deal")\n@else\n@elseif(user_message)\n@endif', '@elseif after @else', 3, 1],
    ['@if(user_message)\n@else(x)\n@endif', '@else takes no arguments', 2, 6],
    ['@case(x)', '@case outside @switch', 1, 1],
    ['@default', '@default outside @switch', 1, 1],
    ['@endswitch', '@endswitch without @switch', 1, 1],
    ['@switch(module)\n@case(a)\n', '@switch without @endswitch', 1, 1],
    ['@switch(module)\n@default\n@case(a)\n@endswitch', '@case after @default', 3, 1],
    ['@switch(module)\n  text\n@endswitch', 'Text between @switch and its first @case', 2, 3],
    ['@switch(module)\n@setTokens(5)\n@case(a)\n@endswitch', '@setTokens between @switch and', 2, 1],
    [
      '@switch(module)\n@case(a)\n@if(user_message)\n@case(b)\n@endif\n@endswitch',
      '@case inside the @if',
      4,
      1,
    ],
    ['@if(user_message)\n@endswitch\n@endif', '@endswitch inside the @if of line 1', 2, 1],
    ['@switch(module)\n@case(a b)\n@endswitch', '@case needs one value', 2, 7],
    ['@switch(module)\n@case()\n@endswitch', '@case needs a value', 2, 7],
    [deep, 'nested more than 32 deep', 33, 1],
    ['@if(engine.code ==)\n@endif', 'The condition ends too early', 1, 19],
    ['@if(engine.kind == "x")\n@endif', 'Unknown name "engine.kind"', 1, 5, 'engine.kind'],
    ['@if(author.age)\n@endif', 'Unknown author field "age"', 1, 5, 'author.age'],
    ['@if(module = "x")\n@endif', 'Unexpected "="', 1, 12],
    ['@if(module == "x" "y")\n@endif', 'Unexpected "y"', 1, 19],
    ['@if(&& module)\n@endif', 'Unexpected "&&"', 1, 5],
    ['@if((module == "x")\n@endif', 'Missing ")"', 1, 19],
    ['@if(module == "x)\n@endif', 'Unexpected """', 1, 15],
    [`@if(${'!'.repeat(40)}user_message)\n@endif`, 'The condition is nested more than 32 deep', 1, 37],
    ['@if()\n@endif', '@if needs a condition', 1, 5],
    ['@if\n@endif', '@if needs a condition', 1, 4],
    ['@switch( )\n@endswitch', '@switch needs what to switch on', 1, 9],
    ['@if(user_message) A\n@endif', 'Unexpected text after @if', 1, 19],
    ['@else B', 'Unexpected text after @else', 1, 7],
    ['@if(user_message\n@endif', 'Missing ")" to close @if(', 1, 4],
    ['@setFoo(1)', 'Unknown directive @setFoo', 1, 1],
    ['  @mention the team', 'Unknown directive @mention; write @@', 1, 3],
    ['@setTemperature(3)', '@setTemperature needs a number from 0 to 2, not "3"', 1, 17],
    ['@setTemperature(-0.1)', 'from 0 to 2', 1, 17],
    ['@setTemperature(warm)', 'from 0 to 2', 1, 17],
    ['@setTemperature', '@setTemperature needs a number', 1, 16],
    ['@setTokens(1.5)', '@setTokens needs a whole number from 1 to 100000', 1, 12],
    ['@setTokens(0)', 'whole number from 1', 1, 12],
    ['@setTokens(100001)', 'whole number from 1 to 100000', 1, 12],
    ['@setTokens( 2x )', 'not "2x"', 1, 13],
    ['{role}a{role}b{/role}{/role}', '{role} inside the {role} opened on line 1', 1, 8],
    ['a{/role}', '{/role} without {role}', 1, 2],
    ['@@x {role}a{/role}{/role}', '{/role} without {role}', 1, 19],
    ['{role}\nnever closed', '{role} without {/role}', 1, 1],
    ['@if(module == "deal")\n {role}\n@endif\n{/role}', '{role} is not closed before @endif on line 3', 2, 2],
    [
      '@switch(module)\n@case(deal)\n{role}\n@default\n{/role}\n@endswitch',
      'not closed before @default',
      3,
      1,
    ],
    [
      '{role}\n@if(module == "deal")\n{/role}\n@endif',
      '{/role} outside the branch of its {role} on line 1',
      3,
      1,
    ],
  ];
  for (const [source, message, line, column, marker] of rows)
    test(`${message} (${line}:${column})`, () => {
      const error = (() => {
        try {
          parseTemplate(source);
        } catch (e) {
          return e;
        }
      })();
      assert.ok(error instanceof TemplateError, `a TemplateError, not ${String(error)}`);
      assert.equal(error.code, 'template_invalid');
      assert.ok(error.message.includes(message), `message: ${error.message}`);
      assert.deepEqual([error.line, error.column], [line, column], error.message);
      assert.equal(error.marker, marker);
      assert.deepEqual(validateTemplate(source), {
        ok: false,
        error: { message: error.message, line, column },
      });
    });
});

describe('parseTemplate: what it accepts', () => {
  const rows: [string, string][] = [
    ['plain text', 'Summarize this.'],
    ['every marker', '{original_message}{user_message}{author_message}{context_messages}{language}'],
    ['every author field', '{author.name}{author.first_name}{author.last_name}{author.email}{author.title}'],
    ['more author fields', '{author.department}{author.language}'],
    ['results', '{current_result_0}{current_result_1}{current_result_2}'],
    ['spaces around a marker name', '{ user_message }'],
    ['CRLF line ends', '@if(user_message)\r\nA\r\n@endif\r\n'],
    ['space before the parenthesis', '@if (user_message)\n@endif'],
    ['indented directives', '  @if(user_message)\n\t@endif  '],
    ['a ")" inside a quoted case', '@switch(engine.model)\n@case(")")\n@endswitch'],
    ['an empty switch', '@switch(module)\n\n@endswitch'],
    ['boundary settings', '@setTemperature(0)\n@setTemperature(2)\n@setTokens(1)\n@setTokens(100000)'],
    ['32 nested blocks', `${'@if(user_message)\n'.repeat(32)}${'@endif\n'.repeat(32)}`],
    ['@ inside a line', 'Mail me at ada@example.test'],
    ['an @ not followed by a letter', '@ 5pm'],
  ];
  for (const [name, source] of rows)
    test(name, () => assert.deepEqual(validateTemplate(source), { ok: true }));
});

describe('usedMarkers: what a template reads', () => {
  const rows: [string, string, string[]][] = [
    ['none', 'Just text', []],
    [
      'text markers, once each, in order',
      '{user_message} {author.name}\n{user_message}',
      ['user_message', 'author.name'],
    ],
    [
      'markers read only by conditions',
      '@if(context_messages && engine.code == "x")\n@endif',
      ['context_messages'],
    ],
    [
      'switch operands',
      '@switch(current_result_0)\n@case(a)\n{language}\n@endswitch',
      ['current_result_0', 'language'],
    ],
    [
      'markers in branches not taken count too',
      '@if(module == "x")\n{author_message}\n@endif',
      ['author_message'],
    ],
  ];
  for (const [name, source, markers] of rows)
    test(name, () => assert.deepEqual(usedMarkers(parseTemplate(source)), markers));
});
