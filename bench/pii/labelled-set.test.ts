import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PII_TYPES } from '../../src/governance/minimise/index.js';
import { LABELLED_SET } from './labelled-set.js';
import { runPiiBench } from './run-pii-bench.js';

describe('PII labelled set', () => {
  it('has at least 150 snippets of every kind, with unique ids', () => {
    assert.ok(LABELLED_SET.length >= 150);
    assert.equal(new Set(LABELLED_SET.map((s) => s.id)).size, LABELLED_SET.length);
    for (const kind of ['call', 'email', 'note', 'signature', 'ticket']) {
      assert.ok(
        LABELLED_SET.some((s) => s.kind === kind),
        kind,
      );
    }
  });

  it('labels every type, with spans that slice back to their values and never overlap', () => {
    for (const type of PII_TYPES)
      assert.ok(
        LABELLED_SET.some((s) => s.expected.some((e) => e.type === type)),
        type,
      );
    for (const snippet of LABELLED_SET) {
      snippet.expected.forEach((e, i) => {
        assert.equal(snippet.text.slice(e.start, e.end), e.value, snippet.id);
        const next = snippet.expected[i + 1];
        assert.ok(!next || e.end <= next.start, `${snippet.id}: ${e.value} overlaps ${next?.value}`);
      });
    }
  });

  it('meets the recall goals', async () => {
    const result = await runPiiBench();
    assert.ok(result.structuredRecall >= 0.95, `structured recall ${result.structuredRecall}`);
    assert.ok(result.personRecall >= 0.8, `person recall ${result.personRecall}`);
  });
});
