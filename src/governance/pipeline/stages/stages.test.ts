import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TechnologyConfig } from '../../../ai/technology.js';
import { PlaceholderVault } from '../../minimise/index.js';
import type { GovernedRequest, PolicySnapshot, TechnologyView } from '../governed-request.js';
import { consentStage } from './consent.js';
import { enablementStage } from './enablement.js';
import { limitsStage } from './limits.js';
import { minimiseStage } from './minimise.js';

const tech = (id: string, remote: boolean, extra: Partial<TechnologyView> = {}): TechnologyView => ({
  config: { id, kind: remote ? 'openai' : 'local', name: id } as TechnologyConfig,
  region: remote ? 'USA' : 'This server',
  termsAccepted: true,
  remote,
  label: id,
  ...extra,
});
const LOCAL = tech('local', false);
const GPT = tech('gpt', true);
const CLAUDE = tech('claude', true);

const snapshot = (
  over: Partial<PolicySnapshot> = {},
  user: Partial<PolicySnapshot['user']> = {},
): PolicySnapshot => ({
  accountId: 'a',
  country: 'US',
  plan: 'standard',
  limits: {
    requestsPerHour: 600,
    requestsPerDay: 5000,
    tokensPerMonth: 1e7,
    agentRunsPerDay: 100,
    perUser: { requestsPerHour: 100, requestsPerDay: 1000, tokensPerMonth: 1e6 },
  },
  enabled: true,
  blockedTechnologyIds: new Set(),
  maskTypes: ['email', 'person'],
  reducedPerformance: null,
  surfaces: new Map([
    [
      'deal',
      {
        enabled: true,
        defaultTechnologyId: 'gpt',
        allowedTechnologyIds: ['gpt', 'claude', 'local'],
        fallbackTechnologyIds: ['local'],
      },
    ],
    [
      'feed',
      {
        enabled: false,
        defaultTechnologyId: 'local',
        allowedTechnologyIds: ['local'],
        fallbackTechnologyIds: [],
      },
    ],
  ]),
  technologies: new Map([
    ['local', LOCAL],
    ['gpt', GPT],
    ['claude', CLAUDE],
  ]),
  currentTermsVersion: 2,
  ...over,
  user: {
    userId: 'u',
    blockedReason: null,
    restricted: new Set(),
    acceptedTermsVersion: 2,
    transferAcks: new Set(['gpt@USA', 'claude@USA']),
    preferences: new Map(),
    ...user,
  },
});

const request = (over: Partial<GovernedRequest> = {}): GovernedRequest => ({
  id: 'r',
  accountId: 'a',
  userId: 'u',
  initiator: { type: 'user', userId: 'u' },
  surface: 'deal',
  text: { task: { task: 'summarize', input: 'Mail anna@example.com about the deal with Anna Keller.' } },
  ...over,
});

const ids = (d: ReturnType<typeof enablementStage>) =>
  d.decision === 'transform' ? d.value.map((t) => t.config.id) : d;
const code = (d: { decision: string; code?: string }) => (d.decision === 'deny' ? d.code : d.decision);

describe('stage 1: enablement', () => {
  const rows: [string, GovernedRequest, PolicySnapshot, unknown][] = [
    ['default then fallbacks', request(), snapshot(), ['gpt', 'local']],
    [
      'the user’s allowed choice first',
      request(),
      snapshot({}, { preferences: new Map([['deal', 'claude']]) }),
      ['claude', 'local'],
    ],
    [
      'a choice no longer allowed is ignored',
      request(),
      snapshot({}, { preferences: new Map([['deal', 'gone']]) }),
      ['gpt', 'local'],
    ],
    ['an asked technology first', request({ technologyId: 'local' }), snapshot(), ['local']],
    [
      'country-blocked technologies are left out',
      request(),
      snapshot({ blockedTechnologyIds: new Set(['gpt']) }),
      ['local'],
    ],
  ];
  for (const [name, req, s, expected] of rows)
    it(name, () => assert.deepEqual(ids(enablementStage(req, s)), expected));

  const denials: [string, GovernedRequest, PolicySnapshot, string][] = [
    ['AI off for the account', request(), snapshot({ enabled: false }), 'ai_disabled'],
    ['user blocked', request(), snapshot({}, { blockedReason: 'abuse' }), 'ai_blocked'],
    [
      'AI off for the user everywhere',
      request(),
      snapshot({}, { restricted: new Set(['*']) }),
      'ai_disabled',
    ],
    [
      'AI off for the user on this surface',
      request(),
      snapshot({}, { restricted: new Set(['deal']) }),
      'ai_disabled',
    ],
    ['surface off', request({ surface: 'feed' }), snapshot(), 'ai_disabled'],
    [
      'technology not allowed on the surface',
      request({ technologyId: 'other' }),
      snapshot(),
      'validation_failed',
    ],
    [
      'asked technology blocked in the country',
      request({ technologyId: 'gpt' }),
      snapshot({ blockedTechnologyIds: new Set(['gpt']) }),
      'ai_disabled',
    ],
    [
      'nothing left',
      request(),
      snapshot({ blockedTechnologyIds: new Set(['gpt', 'local']) }),
      'ai_unavailable',
    ],
  ];
  for (const [name, req, s, expected] of denials)
    it(`denies: ${name}`, () => assert.equal(code(enablementStage(req, s)), expected));
});

describe('stage 2: consent', () => {
  const required = (d: ReturnType<typeof consentStage>) =>
    d.decision === 'deny' ? (d.details as { required: { kind: string }[] }).required[0]?.kind : d.decision;
  const rows: [string, GovernedRequest, PolicySnapshot, TechnologyView[], unknown][] = [
    ['all given', request(), snapshot(), [GPT, LOCAL], 'allow'],
    ['terms never accepted', request(), snapshot({}, { acceptedTermsVersion: 0 }), [LOCAL], 'ai_terms'],
    ['terms changed since', request(), snapshot({}, { acceptedTermsVersion: 1 }), [LOCAL], 'ai_terms'],
    [
      'speech without recording consent',
      request({ speech: { recordingConsent: false } }),
      snapshot(),
      [LOCAL],
      'recording_consent',
    ],
    [
      'disclosure not acknowledged',
      request(),
      snapshot({}, { transferAcks: new Set() }),
      [GPT, LOCAL],
      'data_transfer',
    ],
    [
      'provider terms not accepted by an admin',
      request(),
      snapshot(),
      [tech('gpt', true, { termsAccepted: false })],
      'provider_terms',
    ],
    [
      'the local engine needs no disclosure',
      request(),
      snapshot({}, { transferAcks: new Set() }),
      [LOCAL],
      'allow',
    ],
  ];
  for (const [name, req, s, chain, expected] of rows)
    it(name, () => assert.equal(required(consentStage(req, s, chain)), expected));

  it('leaves out fallbacks without consent', () => {
    const d = consentStage(request(), snapshot({}, { transferAcks: new Set() }), [LOCAL, GPT]);
    assert.deepEqual(d.decision === 'transform' && d.value.map((t) => t.config.id), ['local']);
  });
});

describe('stage 4: limits', () => {
  it('over a limit: 429 naming it, with the wait', () => {
    const d = limitsStage(
      { ok: false, limit: 'your requests per hour', max: 100, retryAfterMs: 600_000 },
      snapshot(),
      [GPT],
    );
    assert.equal(d.decision === 'deny' && d.code, 'limit_exceeded');
    assert.match(d.decision === 'deny' ? d.message : '', /your requests per hour limit \(100\).*10 min/);
    assert.equal(d.decision === 'deny' && d.retryAfterMs, 600_000);
  });
  const rp = { thresholdPct: 80, technologyId: 'local' };
  const rows: [string, number, PolicySnapshot, unknown][] = [
    ['under the threshold', 400, snapshot({ reducedPerformance: rp }), 'allow'],
    [
      'near the limit: the cheaper technology first',
      500,
      snapshot({ reducedPerformance: rp }),
      ['local', 'gpt'],
    ],
    ['no reduced mode configured', 599, snapshot(), 'allow'],
  ];
  for (const [name, use, s, expected] of rows)
    it(name, () => {
      const d = limitsStage({ ok: true, accountHourUse: use }, s, [GPT]);
      assert.deepEqual(d.decision === 'transform' ? d.value.map((t) => t.config.id) : d.decision, expected);
    });
});

describe('stage 5: minimise', () => {
  const text = {
    task: { task: 'summarize' as const, input: 'Mail anna@example.com about the deal with Anna Keller.' },
  };
  it('masks when data may leave, and the vault restores it', () => {
    const vault = new PlaceholderVault();
    const d = minimiseStage(text, [GPT, LOCAL], vault, {
      types: ['email', 'person'],
      knownNames: ['Anna Keller'],
    });
    assert.equal(d.decision, 'transform');
    if (d.decision !== 'transform') return;
    const masked = d.value.text.task?.input ?? '';
    assert.doesNotMatch(masked, /anna@example\.com|Anna Keller/);
    assert.equal(vault.unmask(masked), text.task.input);
    assert.deepEqual(d.value.masked, { email: 1, person: 1 });
  });
  it('does nothing when only the local engine can answer', () => {
    assert.equal(
      minimiseStage(text, [LOCAL], new PlaceholderVault(), { types: ['email'], knownNames: [] }).decision,
      'allow',
    );
  });
  it('does nothing when the admin masks no type', () => {
    assert.equal(
      minimiseStage(text, [GPT], new PlaceholderVault(), { types: [], knownNames: [] }).decision,
      'allow',
    );
  });
});
