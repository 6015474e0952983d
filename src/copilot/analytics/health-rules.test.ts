import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { activityDirection, type HealthFacts, judgeHealth, sentimentDirection } from './health-rules.js';

const calm: HealthFacts = {
  closed: false,
  staleDays: 2,
  overdueTasks: 0,
  expectedCloseDate: null,
  daysToClose: null,
  activity: { direction: 'flat', lastFourWeeks: 4, fourWeeksBefore: 4 },
  sentiment: { direction: 'stable', earlier: 0.2, recent: 0.2 },
};

describe('deal health rules', () => {
  const rows: [string, Partial<HealthFacts>, ReturnType<typeof judgeHealth>][] = [
    ['nothing wrong', {}, { status: 'healthy', reasons: [] }],
    ['13 quiet days', { staleDays: 13 }, { status: 'healthy', reasons: [] }],
    [
      '14 quiet days',
      { staleDays: 14 },
      { status: 'watch', reasons: ['No activity for 14 days (14 or more)'] },
    ],
    [
      '21 quiet days',
      { staleDays: 21 },
      { status: 'at_risk', reasons: ['No activity for 21 days (21 or more)'] },
    ],
    ['a closed deal is never stale', { closed: true, staleDays: 90 }, { status: 'healthy', reasons: [] }],
    ['one overdue task', { overdueTasks: 1 }, { status: 'watch', reasons: ['1 overdue task'] }],
    [
      'stale and overdue',
      { staleDays: 25, overdueTasks: 2 },
      { status: 'at_risk', reasons: ['No activity for 25 days (21 or more)', '2 overdue tasks'] },
    ],
    [
      'closing in 5 days',
      { expectedCloseDate: '2026-11-30', daysToClose: 5 },
      { status: 'watch', reasons: ['Close date 2026-11-30 is in 5 days (7 or fewer)'] },
    ],
    [
      'closing today',
      { expectedCloseDate: '2026-11-30', daysToClose: 0 },
      { status: 'watch', reasons: ['Close date 2026-11-30 is today'] },
    ],
    [
      'closing in 8 days',
      { expectedCloseDate: '2026-12-03', daysToClose: 8 },
      { status: 'healthy', reasons: [] },
    ],
    [
      'close date passed',
      { expectedCloseDate: '2026-11-01', daysToClose: -3 },
      { status: 'at_risk', reasons: ['Close date 2026-11-01 has passed'] },
    ],
    [
      'sentiment fell but is still positive',
      { sentiment: { direction: 'worsening', earlier: 0.6, recent: 0.2 } },
      { status: 'watch', reasons: ['Sentiment fell from 0.6 to 0.2'] },
    ],
    [
      'sentiment fell below zero',
      { sentiment: { direction: 'worsening', earlier: 0.4, recent: -0.2 } },
      { status: 'at_risk', reasons: ['Sentiment fell from 0.4 to -0.2'] },
    ],
    [
      'activity fell',
      { activity: { direction: 'falling', lastFourWeeks: 2, fourWeeksBefore: 9 } },
      { status: 'watch', reasons: ['Activity fell from 9 to 2 (four weeks each)'] },
    ],
  ];
  for (const [name, facts, expected] of rows)
    test(name, () => assert.deepEqual(judgeHealth({ ...calm, ...facts }), expected));

  test('activity direction compares four weeks with the four before, ±20 %', () => {
    const cases: [number, number, string][] = [
      [0, 0, 'flat'],
      [5, 1, 'rising'],
      [12, 10, 'flat'],
      [13, 10, 'rising'],
      [8, 10, 'flat'],
      [7, 10, 'falling'],
      [0, 3, 'falling'],
    ];
    for (const [last, before, want] of cases)
      assert.equal(activityDirection(last, before), want, `${last} after ${before}`);
  });

  test('sentiment direction compares the earlier half of the points with the recent half', () => {
    assert.deepEqual(sentimentDirection([0.5]), { direction: 'unknown', earlier: null, recent: null });
    assert.deepEqual(sentimentDirection([0.6, -0.4, -0.5]), {
      direction: 'worsening',
      earlier: 0.6,
      recent: -0.45,
    });
    assert.deepEqual(sentimentDirection([-0.2, 0.4]), { direction: 'improving', earlier: -0.2, recent: 0.4 });
    assert.deepEqual(sentimentDirection([0.1, 0.2]), { direction: 'stable', earlier: 0.1, recent: 0.2 });
  });
});
