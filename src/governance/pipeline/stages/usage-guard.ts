import type { TextRequest } from '../../../ai/technology.js';
import { classifyUsage } from '../../usage-guard/index.js';
import { allow, type Decision, deny } from '../decision.js';
import type { GovernedRequest } from '../governed-request.js';

/** The words a request sends: the task's input, or what the user and system said. */
export function requestText(t: TextRequest): string {
  if (t.task) return t.task.input;
  return t.messages
    .filter((m) => m.role === 'user' || m.role === 'system')
    .map((m) => m.content)
    .join('\n');
}

/**
 * Stage 3: prohibited uses (terms 7.1) are denied with the rule that matched; decisions with legal or
 * similarly significant effect on a person go on, marked advisory, and need a named human's decision.
 */
export function usageGuardStage(req: GovernedRequest): Decision<never> {
  const verdict = classifyUsage({
    text: requestText(req.text),
    surface: req.surface,
    task: req.text.task?.task,
  });
  if (verdict.decision === 'allow') return allow;
  if (verdict.decision === 'deny')
    return deny(
      'usage_prohibited',
      `This use of AI is not allowed by the terms of use (${verdict.category.replaceAll('_', ' ')})`,
      {
        details: { rule: verdict.rule, category: verdict.category, evidence: verdict.evidence },
      },
    );
  return { decision: 'needs_human', reason: verdict.rule, category: verdict.category };
}
