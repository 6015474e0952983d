import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROHIBITED_USES, SIGNIFICANT_DECISIONS } from './categories.js';
import { GUARD_RULES } from './rules.js';

describe('GUARD_RULES', () => {
  it('have unique ids prefixed with their category', () => {
    const ids = GUARD_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of GUARD_RULES) assert.ok(rule.id.startsWith(`${rule.category}.`), rule.id);
  });

  it('cover every prohibited use and every significant decision', () => {
    const denied = new Set(GUARD_RULES.filter((r) => r.kind === 'deny').map((r) => r.category));
    const human = new Set(GUARD_RULES.filter((r) => r.kind === 'needs_human').map((r) => r.category));
    assert.deepEqual([...denied].sort(), [...PROHIBITED_USES].sort());
    assert.deepEqual([...human].sort(), [...SIGNIFICANT_DECISIONS].sort());
  });

  it('score phrases within 0..1 and give every group a phrase', () => {
    for (const rule of GUARD_RULES) {
      assert.ok(rule.weight > 0 && rule.weight <= 1, rule.id);
      for (const group of rule.patterns.all) {
        assert.ok(group.phrases.length > 0, `${rule.id} ${group.name}`);
        for (const [pattern, score] of group.phrases) {
          assert.ok(score > 0 && score <= 1, `${rule.id} ${pattern.source}`);
          // Flags would be dropped when the matcher recompiles the phrase.
          assert.equal(pattern.flags, '', `${rule.id} ${pattern.source}`);
        }
      }
    }
  });
});
