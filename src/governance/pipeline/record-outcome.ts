import type { StageDecision } from '../../store/schema/index.js';
import type { Governance } from '../governance-runtime.js';
import type { ContentRow } from '../ledger/write-entries.js';
import type { Snapshot } from '../policy/load-snapshot.js';
import type { GovernedRequest, TechnologyView } from './governed-request.js';

export type Outcome = {
  req: GovernedRequest;
  snapshot: Snapshot;
  decisions: StageDecision[];
  status: 'answered' | 'denied' | 'failed';
  code?: string;
  chain: TechnologyView[];
  masked: Record<string, number>;
  advisory: boolean;
  answeredBy?: { technologyId: string; model: string };
  usage?: { inputTokens: number; outputTokens: number; costUsd: number | null };
  content?: ContentRow;
  latencyMs?: number;
};

/**
 * Stage 8: one ledger entry per request, whatever became of it: who, where, which technology and
 * region, what categories of data went and how much was masked, each stage's decision, usage and
 * the content. Committed (with the content and the request row) before the caller gets an answer.
 */
export async function recordOutcome(g: Governance, o: Outcome): Promise<{ requestId: string; seq: number }> {
  const tech = o.answeredBy ? o.snapshot.technologies.get(o.answeredBy.technologyId) : o.chain[0];
  const dataCategories = [
    o.req.speech ? 'audio' : o.req.text.task ? `task:${o.req.text.task.task}` : 'chat',
    ...Object.keys(o.masked).map((t) => `pii:${t}`),
  ];
  const requestId = o.req.id;
  const entry = {
    type: 'ai_request',
    requestId,
    status: o.status,
    ...(o.code ? { code: o.code } : {}),
    initiator: o.req.initiator,
    surface: o.req.surface,
    technologyId: tech?.config.id ?? null,
    region: tech?.region ?? null,
    remote: tech?.remote ?? null,
    model: o.answeredBy?.model ?? null,
    dataCategories,
    masked: o.masked,
    decisions: o.decisions.map(({ ms: _ms, ...d }) => d),
    usage: o.usage ?? null,
    contentId: o.content?.id ?? null,
    contentHash: o.content?.contentHash ?? null,
    advisory: o.advisory,
  };
  const { seq } = await g.ledger.append({
    accountId: o.req.accountId,
    entry,
    content: o.content,
    request: {
      id: requestId,
      accountId: o.req.accountId,
      userId: o.req.userId,
      initiator: o.req.initiator,
      surface: o.req.surface,
      kind: o.req.speech ? 'transcribe' : o.req.text.task ? o.req.text.task.task : 'chat',
      status: o.status,
      code: o.code ?? null,
      technologyId: tech?.config.id ?? null,
      region: tech?.region ?? null,
      model: o.answeredBy?.model ?? null,
      decisions: o.decisions,
      dataCategories,
      masked: o.masked,
      inputTokens: o.usage?.inputTokens ?? 0,
      outputTokens: o.usage?.outputTokens ?? 0,
      costUsd: o.usage?.costUsd ?? null,
      advisory: o.advisory,
      contentId: o.content?.id ?? null,
      latencyMs: o.latencyMs === undefined ? null : Math.round(o.latencyMs),
    },
  });
  return { requestId, seq };
}
