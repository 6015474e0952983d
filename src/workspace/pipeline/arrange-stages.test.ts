import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arrangeStages, keyFor } from './arrange-stages.js';

const pipeline = [
  { id: 'new', sort: 0, kind: 'open' as const },
  { id: 'proposal', sort: 10, kind: 'open' as const },
  { id: 'won', sort: 20, kind: 'won' as const },
  { id: 'lost', sort: 30, kind: 'lost' as const },
];

test('placing a stage', () => {
  const cases: [string, { kind: 'open' | 'won' | 'lost' }, number | undefined, string[]][] = [
    [
      'open, no sort: after the last open stage',
      { kind: 'open' },
      undefined,
      ['new', 'proposal', 'x', 'won', 'lost'],
    ],
    ['closed, no sort: at the end', { kind: 'lost' }, undefined, ['new', 'proposal', 'won', 'lost', 'x']],
    ['sort 0: first', { kind: 'open' }, 0, ['x', 'new', 'proposal', 'won', 'lost']],
    ['sort equal to a stage: before it', { kind: 'open' }, 10, ['new', 'x', 'proposal', 'won', 'lost']],
    ['sort between two stages', { kind: 'open' }, 15, ['new', 'proposal', 'x', 'won', 'lost']],
    ['sort past the end', { kind: 'open' }, 999, ['new', 'proposal', 'won', 'lost', 'x']],
    ['negative sort: first', { kind: 'won' }, -5, ['x', 'new', 'proposal', 'won', 'lost']],
  ];
  for (const [label, { kind }, sort, expected] of cases) {
    assert.deepEqual(arrangeStages(pipeline, { id: 'x', sort: 0, kind }, sort), expected, label);
  }
});

test('an open stage in a pipeline with no open stage goes first', () => {
  assert.deepEqual(arrangeStages(pipeline.slice(2), { id: 'x', sort: 0, kind: 'open' }, undefined), [
    'x',
    'won',
    'lost',
  ]);
});

test('stage keys from names', () => {
  const taken = new Set(['new', 'demo', 'demo_2']);
  assert.equal(keyFor('Demo scheduled!', taken), 'demo_scheduled');
  assert.equal(keyFor('Demo', taken), 'demo_3');
  assert.equal(keyFor('  Négociation  ', taken), 'negociation');
  assert.equal(keyFor('2nd call', taken), 'stage_2nd_call');
  assert.equal(keyFor('???', taken), 'stage');
  assert.match(keyFor('x'.repeat(100), taken), /^x{40}$/);
});
