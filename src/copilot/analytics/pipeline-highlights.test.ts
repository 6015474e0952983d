import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type HighlightFacts, pipelineHighlights } from './pipeline-highlights.js';

const empty: HighlightFacts = {
  open: { count: 0, amounts: [] },
  stale: { count: 0, amounts: [] },
  closingSoon: { count: 0, amounts: [] },
  overdueTasks: 0,
  winRate: { won: 0, lost: 0, rate: null, days: 90 },
  averageDaysToClose: null,
  atRisk: 0,
};

describe('pipeline highlights', () => {
  test('an empty pipeline still gets three sentences', () => {
    assert.deepEqual(pipelineHighlights(empty), [
      'There are no open deals.',
      'No deals were won or lost in the last 90 days.',
      'No task is overdue.',
    ]);
  });

  test('a busy pipeline gets six, with currencies side by side and never added', () => {
    assert.deepEqual(
      pipelineHighlights({
        open: {
          count: 12,
          amounts: [
            { currency: 'EUR', total: 250000, weighted: 90000.4 },
            { currency: 'USD', total: 7000, weighted: 700 },
          ],
        },
        stale: { count: 3, amounts: [{ currency: 'EUR', total: 96000 }] },
        closingSoon: { count: 1, amounts: [{ currency: 'USD', total: 7000 }] },
        overdueTasks: 1,
        winRate: { won: 2, lost: 1, rate: 0.67, days: 90 },
        averageDaysToClose: 31.5,
        atRisk: 2,
      }),
      [
        'There are 12 open deals worth 250,000 EUR and 7,000 USD (weighted by probability: 90,000 EUR and 700 USD).',
        '3 deals worth 96,000 EUR have had no activity for two weeks or more.',
        'Win rate over the last 90 days: 67% (2 won, 1 lost); won deals took 31.5 days on average to close.',
        '1 deal worth 7,000 USD should close within 30 days.',
        '1 task is overdue.',
        "CoPilot's deal briefs name risks on 2 deals.",
      ],
    );
  });

  test('open deals without stale ones, and deals without amounts', () => {
    const lines = pipelineHighlights({ ...empty, open: { count: 1, amounts: [] } });
    assert.deepEqual(lines.slice(0, 2), [
      'There is 1 open deal.',
      'Every open deal had activity in the last two weeks.',
    ]);
  });
});
