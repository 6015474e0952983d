import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefText, dealBrief } from './deal-brief.js';
import { briefFactsSchema, readFacts } from './facts.js';
import { NEGOTIATION_CALL, REFERENCE_DATE, STALE_DEAL_FACTS, STALE_DEAL_TIMELINE } from './fixtures.js';

const brief = (timeline: string, facts: unknown) =>
  dealBrief(timeline, readFacts(briefFactsSchema, facts), REFERENCE_DATE);

describe('dealBrief: fixtures', () => {
  it('a stale deal: status line, timeline summary, overdue tasks and every rule-based risk', () => {
    const b = brief(STALE_DEAL_TIMELINE, STALE_DEAL_FACTS);
    const [status, said] = b.summary.split('\n');
    assert.equal(
      status,
      'Brightline Foods – field sales CRM: Proposal stage, 28,500 EUR, closes 2026-11-20, with Brightline Foods.',
    );
    assert.ok(said && said.split(/(?<=[.!?])\s+(?=[A-Z])/).length <= 4, `2–3 sentences, got: ${said}`);
    assert.match(said ?? '', /30,000 EUR/);
    assert.deepEqual(b.openTasks, [
      'Call Priya about the proposal (overdue, was due 2026-11-06)',
      'Send the rollout plan to the COO (overdue, was due 2026-11-13)',
      'Prepare the reference customer list (due 2026-12-02)',
    ]);
    assert.deepEqual(b.risks.slice(0, 4), [
      'No activity for 26 days.',
      '2 overdue tasks: Call Priya about the proposal; Send the rollout plan to the COO.',
      'The expected close date 2026-11-20 has passed.',
      'Competitor mentioned: Salesforce.',
    ]);
    assert.ok(
      b.risks.includes('Pricing is higher than we hoped and the COO is worried about the rollout effort.'),
      `the objection from the timeline is a risk: ${JSON.stringify(b.risks)}`,
    );
    assert.equal(b.nextStep, 'Call Priya about the proposal (overdue, was due 2026-11-06)');
  });

  it('a negotiation call: the agreed next step from the timeline wins over tasks', () => {
    const b = brief(NEGOTIATION_CALL, {
      title: 'Nordhaus rollout',
      stage: 'Negotiation',
      amount: 48000,
      currency: 'EUR',
      closeDate: '2026-12-15',
      daysSinceActivity: 0,
      openTasks: [{ title: 'Send the DPA', dueAt: '2026-11-26', overdue: false }],
    });
    assert.ok(
      b.summary.startsWith('Nordhaus rollout: Negotiation stage, 48,000 EUR, closes 2026-12-15.\n'),
      b.summary,
    );
    assert.equal(b.nextStep, 'Sofia Lindqvist to send the revised order form, due 2026-11-27');
    assert.ok(b.risks.includes('Competitor mentioned: Pipedrive.'), JSON.stringify(b.risks));
    assert.ok(
      b.risks.includes('Legal needs to review the data processing agreement before we can sign.'),
      JSON.stringify(b.risks),
    );
    assert.ok(!b.risks.some((r) => /No activity|overdue|has passed/.test(r)), JSON.stringify(b.risks));
    assert.equal(b.sentiment.label, 'positive');
  });

  it('an empty timeline still gives status, tasks, rule-based risks and a next step', () => {
    const b = brief(STALE_DEAL_FACTS.title, STALE_DEAL_FACTS);
    assert.equal(
      b.summary,
      'Brightline Foods – field sales CRM: Proposal stage, 28,500 EUR, closes 2026-11-20, with Brightline Foods.\nNo notes, calls or messages on this deal yet.',
    );
    assert.equal(b.openTasks.length, 3);
    assert.ok(b.risks.includes('No activity for 26 days.'), JSON.stringify(b.risks));
    assert.deepEqual(b.sentiment, { score: 0, label: 'neutral' });
    assert.equal(b.nextStep, 'Call Priya about the proposal (overdue, was due 2026-11-06)');
  });

  it('renders a readable brief', () => {
    const text = briefText(brief(STALE_DEAL_TIMELINE, STALE_DEAL_FACTS));
    for (const heading of [
      'Open tasks:\n- Call Priya',
      'Risks:\n- No activity for 26 days.',
      '\n\nNext step: ',
    ])
      assert.ok(text.includes(heading), `brief text has "${heading}":\n${text}`);
  });
});

describe('dealBrief: one rule per case', () => {
  const base = { title: 'Acme', stage: 'Proposal', daysSinceActivity: 2 };
  const cases: {
    name: string;
    timeline?: string;
    facts: Record<string, unknown>;
    risk?: RegExp;
    nextStep?: string;
    noRisk?: RegExp;
  }[] = [
    {
      name: '14 days without activity is stale',
      facts: { ...base, daysSinceActivity: 14 },
      risk: /^No activity for 14 days\.$/,
    },
    { name: '13 days is not', facts: { ...base, daysSinceActivity: 13 }, noRisk: /No activity/ },
    {
      name: 'closing within 7 days with no next step',
      facts: { ...base, closeDate: '2026-11-30' },
      risk: /^Closes in 5 days with no agreed next step\.$/,
    },
    {
      name: 'closing soon with an open task is fine',
      facts: {
        ...base,
        closeDate: '2026-11-30',
        openTasks: [{ title: 'Send contract', dueAt: '2026-11-27', overdue: false }],
      },
      noRisk: /Closes in/,
      nextStep: 'Send contract (due 2026-11-27)',
    },
    { name: 'a close date in the past', facts: { ...base, closeDate: '2026-11-01' }, risk: /has passed/ },
    {
      name: 'a close date given as a timestamp is read as its day',
      facts: { ...base, closeDate: '2026-11-01T00:00:00.000Z' },
      risk: /^The expected close date 2026-11-01 has passed\.$/,
    },
    {
      name: 'a negative timeline',
      timeline: 'The customer is very unhappy and angry about the terrible onboarding. They hate the delays.',
      facts: base,
      risk: /^The tone of recent activity is negative\.$/,
    },
    {
      name: 'a competitor in the timeline',
      timeline: 'They are also evaluating HubSpot for the same team.',
      facts: base,
      risk: /^Competitor mentioned: HubSpot\.$/,
    },
    {
      name: 'no tasks and no timeline: a stage suggestion',
      facts: base,
      nextStep: 'Follow up on the proposal and agree a decision date',
    },
    {
      name: 'an unknown stage: a generic suggestion',
      facts: { title: 'Acme', stage: 'Stage 7' },
      nextStep: 'Schedule the next conversation with the customer',
    },
    {
      name: 'undated tasks come after dated ones',
      facts: {
        ...base,
        openTasks: [
          { title: 'Undated', dueAt: null, overdue: false },
          { title: 'Dated', dueAt: '2026-12-01', overdue: false },
        ],
      },
      nextStep: 'Dated (due 2026-12-01)',
    },
    {
      name: 'malformed facts are left out, not fatal',
      facts: { title: 'Acme', amount: 'lots', openTasks: 'none', closeDate: 'soon' },
      nextStep: 'Schedule the next conversation with the customer',
      noRisk: /close date|Closes/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const b = brief(c.timeline ?? String(c.facts.title), c.facts);
      if (c.risk)
        assert.ok(
          b.risks.some((r) => c.risk!.test(r)),
          `risk ${c.risk} in ${JSON.stringify(b.risks)}`,
        );
      if (c.noRisk)
        assert.ok(
          !b.risks.some((r) => c.noRisk!.test(r)),
          `no risk ${c.noRisk} in ${JSON.stringify(b.risks)}`,
        );
      if (c.nextStep) assert.equal(b.nextStep, c.nextStep);
    });
  }
});
