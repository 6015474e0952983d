import type { ProhibitedUse, SignificantDecision } from './categories.js';
import { compileRule, matchRule, type RuleHit, scanText } from './match-rule.js';
import { normalizeText } from './normalize-text.js';
import { DECISION_THRESHOLD, GUARD_RULES } from './rules.js';

/** The usage guard's decision; `evidence` is the short phrase that decided it. */
export type UsageVerdict =
  | { decision: 'allow' }
  | { decision: 'deny'; rule: string; category: ProhibitedUse; score: number; evidence: string }
  | { decision: 'needs_human'; rule: string; category: SignificantDecision; score: number; evidence: string };

export type UsageRequest = {
  /** The user's prompt, as typed or pasted. */
  text: string;
  /** Where the request came from, e.g. `hr.candidates`; read as context for every sentence. */
  surface?: string;
  /** The use case, e.g. `candidate-review`; read as context for every sentence. */
  task?: string;
};

// Deny rules first: once one matches, the needs_human rules cannot change the verdict and are skipped.
const COMPILED = [...GUARD_RULES]
  .sort((a, b) => Number(a.kind === 'needs_human') - Number(b.kind === 'needs_human'))
  .map(compileRule);

/**
 * Classifies a request against the AI terms' prohibited uses (deny) and decisions with significant
 * effect on a person (needs_human). Deterministic, local and pure: the same text gives the same verdict.
 * A deny beats a needs_human; within a kind the highest score wins, ties go to the earlier rule.
 */
export function classifyUsage(input: UsageRequest): UsageVerdict {
  const text = normalizeText(input.text);
  // "candidate-review" reads as "candidate review"; both are context, never the request itself.
  const context = normalizeText(
    [input.task, input.surface]
      .filter((part): part is string => Boolean(part))
      .map((part) => part.replace(/[-_./:]+/g, ' '))
      .join(' '),
  );

  const plain = scanText(text.sentences, context.sentences);
  const deobfuscated = scanText(text.deobfuscated, context.deobfuscated);

  let deny: RuleHit | null = null;
  let needsHuman: RuleHit | null = null;
  for (const compiled of COMPILED) {
    const { kind } = compiled.rule;
    if (kind === 'needs_human' && deny) break;
    const hit = matchRule(compiled, compiled.rule.deobfuscate ? deobfuscated : plain);
    if (!hit || hit.score < DECISION_THRESHOLD) continue;
    if (kind === 'deny' && (!deny || hit.score > deny.score)) deny = hit;
    if (kind === 'needs_human' && (!needsHuman || hit.score > needsHuman.score)) needsHuman = hit;
  }
  return toVerdict(deny ?? needsHuman);
}

function toVerdict(hit: RuleHit | null): UsageVerdict {
  if (!hit) return { decision: 'allow' };
  const score = Math.round(hit.score * 100) / 100;
  const { rule } = hit;
  return rule.kind === 'deny'
    ? { decision: 'deny', rule: rule.id, category: rule.category, score, evidence: hit.evidence }
    : { decision: 'needs_human', rule: rule.id, category: rule.category, score, evidence: hit.evidence };
}
