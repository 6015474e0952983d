import type { Surface } from '../../ai/settings/technology.schema.js';
import type { TechnologyKind } from '../../ai/technology.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Governance } from '../governance-runtime.js';
import { enablementStage } from '../pipeline/stages/enablement.js';
import { loadSnapshot } from '../policy/load-snapshot.js';

/** Tokens a prompt may use when the admin gave none: conservative per kind. */
const CONTEXT_WINDOW: Record<TechnologyKind, number> = {
  openai: 128_000,
  anthropic: 200_000,
  'openai-compatible': 8_192,
  gguf: 4_096,
  local: 100_000,
};

export type PlannedTechnology = {
  id: string;
  kind: TechnologyKind;
  model: string;
  /** Writes new text; the local engine only extracts and transforms. */
  generative: boolean;
  contextWindowTokens: number;
};

/**
 * Which technology would answer this user on this surface (the first of the enablement stage's
 * chain), so a caller can build a prompt for it — a pre-prompt may depend on `engine.code`. The
 * request itself still passes every stage; this only reads the same cached policy.
 */
export async function planTechnology(
  g: Governance,
  actor: Actor,
  surface: Surface,
  technologyId?: string,
): Promise<PlannedTechnology> {
  const snapshot = await g.snapshots.get(actor.accountId, actor.userId, () =>
    loadSnapshot(g.db, g.ai, actor.accountId, actor.userId, g.prohibitions),
  );
  const decision = enablementStage(
    {
      id: '',
      accountId: actor.accountId,
      userId: actor.userId,
      initiator: { type: 'user', userId: actor.userId },
      surface,
      technologyId,
      text: { messages: [] },
    },
    snapshot,
  );
  if (decision.decision === 'deny') throw new AppError(decision.code, decision.message);
  const first = decision.decision === 'transform' ? decision.value[0] : undefined;
  if (!first) throw new AppError('ai_unavailable', `No AI technology is available for ${surface}`);
  const kind = first.config.kind;
  return {
    id: first.config.id,
    kind,
    model: first.config.defaultModel ?? first.config.models[0]?.id ?? kind,
    generative: kind !== 'local',
    contextWindowTokens: CONTEXT_WINDOW[kind],
  };
}
