import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { estimateTokens, fitContext } from './fit-context.js';
import { engine, render } from './fixtures.js';

describe('fitContext: the newest lines that fit', () => {
  // Each line of 7 characters costs 2 tokens with its newline; two cost 4, three cost 6.
  const lines = ['1234567', 'abcdefg', 'ABCDEFG'];
  const rows: [string, string[], number, number, number][] = [
    ['all fit', lines, 100, 1, 3],
    ['exactly the budget of all three', lines, 6, 1, 3],
    ['one token short drops the oldest', lines, 5, 1, 2],
    ['only the newest', lines, 2, 1, 1],
    ['none fits', lines, 1, 1, 0],
    ['a negative budget', lines, -50, 1, 0],
    ['two slots pay twice', lines, 8, 2, 2],
    ['no lines', [], 100, 1, 0],
    ['a large old message does not let older ones in after it', ['a', 'x'.repeat(400), 'b'], 10, 1, 1],
  ];
  for (const [name, given, free, slots, kept] of rows)
    test(name, () => assert.equal(fitContext(given, free, slots), kept));
  test('tokens are a quarter of the characters, rounded up', () => {
    assert.deepEqual(['', 'abc', 'abcd', 'abcde'].map(estimateTokens), [0, 1, 1, 2]);
  });
});

describe('{context_messages}: as much context as the window allows', () => {
  const messages = Array.from({ length: 200 }, (_, i) => ({
    author: 'U',
    text: `message ${i} `.repeat(10).trim(),
  }));
  const source = '{role}Be brief.{/role}\nContext:\n{context_messages}\nTask: {user_message}';
  const tokensOf = (r: { system: string | null; prompt: string }) =>
    estimateTokens(r.system ?? '') + estimateTokens(r.prompt);
  const rows: [string, number, number | undefined][] = [
    ['window 3000, reserve 500', 3000, 500],
    ['window 2000, default reserve of 1024', 2000, undefined],
    ['window 1200, reserve 1000', 1200, 1000],
  ];
  for (const [name, contextWindowTokens, reserveTokens] of rows)
    test(name, () => {
      const limit = contextWindowTokens - (reserveTokens ?? 1024);
      const over = { ...engine({ contextWindowTokens }), ...(reserveTokens ? { reserveTokens } : {}) };
      const r = render(source, { ...over, contextMessages: messages });
      const kept = r.prompt.split('\n').filter((l) => l.startsWith('U: '));
      assert.ok(kept.length > 0 && kept.length < 200, `some but not all fit: ${kept.length}`);
      assert.ok(tokensOf(r) <= limit, `${tokensOf(r)} tokens within the window minus the reserve`);
      assert.match(kept.at(-1)!, /^U: message 199 /, 'the newest is kept, last');
      assert.equal(Number(/message (\d+)/.exec(kept[0]!)?.[1]), 200 - kept.length, 'the oldest are dropped');
      const budget = limit - tokensOf(render(source, { ...over, contextMessages: [] }));
      const block = (n: number) =>
        `${messages
          .slice(-n)
          .map((m) => `U: ${m.text}`)
          .join('\n')}\n`;
      assert.ok(estimateTokens(block(kept.length)) <= budget, 'the kept block is within the budget');
      assert.ok(estimateTokens(block(kept.length + 1)) > budget, 'one more message would not be');
    });
  test('nothing fits: the template renders as if there were no context', () => {
    const r = render('@if(context_messages)\nContext:\n{context_messages}\n@endif\nTask', {
      ...engine({ contextWindowTokens: 100 }),
      reserveTokens: 99,
    });
    assert.equal(r.prompt, 'Task');
  });
  test('a context used twice is paid for twice', () => {
    const twice = render('{context_messages}\n---\n{context_messages}', {
      ...engine({ contextWindowTokens: 700 }),
      contextMessages: messages,
      reserveTokens: 0,
    });
    const [a, b] = twice.prompt.split('\n---\n');
    assert.ok(a && a.split('\n').length > 1, 'several messages fit');
    assert.equal(a, b, 'the same messages in both places');
    assert.ok(estimateTokens(twice.prompt) <= 700, 'both copies within the window');
  });
  test('the budget check holds where trimming made the estimate short', () => {
    const padded = `Context:${' '.repeat(400)}\n{context_messages}`;
    const r = render(padded, {
      ...engine({ contextWindowTokens: 400 }),
      contextMessages: messages,
      reserveTokens: 0,
    });
    assert.ok(estimateTokens(r.prompt) <= 400, `${estimateTokens(r.prompt)} tokens within the window`);
    assert.match(r.prompt, /message 199/, 'still the newest');
  });
  test('messages without an author render as their text', () => {
    assert.equal(render('{context_messages}').prompt, 'Bob: first\nsecond');
  });
});
