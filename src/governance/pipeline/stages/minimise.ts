import type { ChatMessage, TextRequest } from '../../../ai/technology.js';
import { maskText, type PiiType, type PlaceholderVault } from '../../minimise/index.js';
import type { Decision } from '../decision.js';
import type { TechnologyView } from '../governed-request.js';

export type Masked = { text: TextRequest; masked: Partial<Record<PiiType, number>> };

/**
 * Stage 5: before anything can leave for an external technology, personal data is replaced by
 * placeholders the vault can restore. Runs when any technology in the chain is remote, since a
 * fallback may be the one that answers.
 */
export function minimiseStage(
  text: TextRequest,
  chain: TechnologyView[],
  vault: PlaceholderVault,
  opts: { types: readonly PiiType[]; knownNames: readonly string[] },
): Decision<Masked> {
  if (!chain.some((t) => t.remote) || opts.types.length === 0) return { decision: 'allow' };
  const counts: Partial<Record<PiiType, number>> = {};
  const mask = (s: string) => {
    const r = maskText(s, vault, opts);
    for (const [k, n] of Object.entries(r.masked) as [PiiType, number][]) counts[k] = (counts[k] ?? 0) + n;
    return r.text;
  };
  const masked: TextRequest = text.task
    ? { ...text, task: { ...text.task, input: mask(text.task.input) } }
    : { ...text, messages: text.messages.map((m): ChatMessage => ({ ...m, content: mask(m.content) })) };
  const total = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  if (total === 0) return { decision: 'allow' };
  return {
    decision: 'transform',
    value: { text: masked, masked: counts },
    reason: `${total} personal data items masked`,
  };
}
