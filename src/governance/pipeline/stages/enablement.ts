import { type Decision, deny } from '../decision.js';
import type { GovernedRequest, PolicySnapshot, TechnologyView } from '../governed-request.js';

/**
 * Stage 1: is AI on for this account, surface and user, and which technologies may answer, in order?
 * Transforms the request into its chain: the asked technology, else the user's choice, else the
 * surface default; then the fallbacks. Disabled or country-blocked technologies are left out.
 */
export function enablementStage(req: GovernedRequest, s: PolicySnapshot): Decision<TechnologyView[]> {
  if (!s.enabled) return deny('ai_disabled', 'AI Tools are turned off for this account');
  if (s.user.blockedReason)
    return deny('ai_blocked', `Your use of AI Tools is blocked by an administrator: ${s.user.blockedReason}`);
  if (s.user.restricted.has('*') || s.user.restricted.has(req.surface))
    return deny('ai_disabled', `AI Tools are turned off for you on ${req.surface}`);
  const surface = s.surfaces.get(req.surface);
  if (!surface?.enabled)
    return deny('ai_disabled', `AI Tools are turned off for ${req.surface} in this account`);
  if (req.technologyId && !surface.allowedTechnologyIds.includes(req.technologyId))
    return deny('validation_failed', 'This AI technology is not offered for this surface', {
      details: { field: 'technologyId' },
    });
  if (req.technologyId && s.blockedTechnologyIds.has(req.technologyId))
    return deny('ai_disabled', 'This AI technology is not available in your country');
  const preferred = s.user.preferences.get(req.surface);
  const first =
    req.technologyId ??
    (preferred && surface.allowedTechnologyIds.includes(preferred) ? preferred : surface.defaultTechnologyId);
  const chain = [...new Set([first, ...surface.fallbackTechnologyIds])]
    .filter((id) => !s.blockedTechnologyIds.has(id))
    .flatMap((id) => {
      const t = s.technologies.get(id);
      return t ? [t] : [];
    });
  if (!chain.length) return deny('ai_unavailable', `No AI technology is available for ${req.surface}`);
  return { decision: 'transform', value: chain, reason: chain.map((t) => t.config.id).join(' → ') };
}
