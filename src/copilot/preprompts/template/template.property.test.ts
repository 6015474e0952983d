import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { estimateTokens } from './fit-context.js';
import { engine, render, renderInput } from './fixtures.js';
import { parseTemplate, renderTemplate, TemplateError } from './index.js';

const pieces = (units: string[]) =>
  fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((p) => p.join(''));
const TEMPLATE_PIECES = [
  '{user_message}',
  '{context_messages}',
  '{author.name}',
  '{role}',
  '{/role}',
  '@if(user_message)\n',
  '@if(context_messages && engine.code != "local")\n',
  '@else\n',
  '@endif\n',
  '@switch(module)\n',
  '@case(deal)\n',
  '@default\n',
  '@endswitch\n',
  '@setTokens(5)\n',
  'text ',
  '\n',
  '  ',
];

describe('template properties', () => {
  test('text without braces and without a line starting with @ renders as written, trimmed', () => {
    const text = pieces([
      'a',
      'Z',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '.',
      'é',
      '😀',
      '@',
      '\\',
      '(',
      ')',
      '"',
      '1',
    ]).filter((s) => !/^\s*@/m.test(s));
    fc.assert(
      fc.property(text, (s) => assert.equal(render(s).prompt, s.replace(/\r\n/g, '\n').trim(), 'unchanged')),
    );
  });

  test('the parser throws nothing but TemplateError, whatever the input', () => {
    const tricky = pieces([
      '{',
      '}',
      '\\',
      '@',
      '@@',
      '(',
      ')',
      '"',
      "'",
      '!',
      '=',
      '&',
      '|',
      ' ',
      '\n',
      'if',
      'else',
      'endif',
      'switch',
      'case',
      'role',
      '/',
      'user_message',
      'author.',
      'engine.code',
      'contains',
      'setTokens',
      '1',
    ]);
    const parses = (s: string) => {
      try {
        parseTemplate(s);
      } catch (e) {
        assert.ok(e instanceof TemplateError, `only TemplateError, not ${String(e)}`);
        assert.ok(e.line >= 1 && e.column >= 1, `a position from 1: ${e.line}:${e.column}`);
      }
    };
    fc.assert(fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' }), pieces(TEMPLATE_PIECES)), parses));
  });

  test('rendering a template that parses never throws, whatever the input', () => {
    const input = fc.record({
      user_message: fc.option(fc.string(), { nil: undefined }),
      name: fc.option(fc.string(), { nil: undefined }),
      contextWindowTokens: fc.integer({ min: -100, max: 2000 }),
      messages: fc.array(
        fc.record({ text: fc.string(), author: fc.option(fc.string(), { nil: undefined }) }),
      ),
    });
    fc.assert(
      fc.property(pieces(TEMPLATE_PIECES), input, (source, i) => {
        let template: ReturnType<typeof parseTemplate>;
        try {
          template = parseTemplate(source);
        } catch {
          return;
        }
        const r = renderTemplate(template, {
          ...renderInput(engine({ contextWindowTokens: i.contextWindowTokens })),
          markers: { user_message: i.user_message },
          author: { name: i.name },
          contextMessages: i.messages,
          reserveTokens: 10,
        });
        assert.equal(typeof r.prompt, 'string', 'a prompt');
      }),
    );
  });

  test('context: the newest messages, in order, within the window', () => {
    const messages = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), minLength: 1 }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(messages, fc.integer({ min: 0, max: 200 }), (texts, contextWindowTokens) => {
        const lines = texts.map((t) => `x${t}x`);
        const r = render('Context:\n{context_messages}', {
          ...engine({ contextWindowTokens }),
          contextMessages: lines.map((text) => ({ text })),
          reserveTokens: 0,
        });
        const kept = r.prompt === 'Context:' ? [] : r.prompt.split('\n').slice(1);
        assert.deepEqual(kept, lines.slice(lines.length - kept.length), 'the newest, oldest first');
        if (kept.length) assert.ok(estimateTokens(r.prompt) <= contextWindowTokens, 'within the window');
      }),
    );
  });
});
