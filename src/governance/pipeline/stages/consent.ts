import { type Decision, deny } from '../decision.js';
import {
  type GovernedRequest,
  type PolicySnapshot,
  type TechnologyView,
  transferSubject,
} from '../governed-request.js';

export type ConsentRequirement =
  | { kind: 'ai_terms'; version: number }
  | { kind: 'data_transfer'; technologyId: string; provider: string; region: string }
  | { kind: 'provider_terms'; technologyId: string; provider: string }
  | { kind: 'recording_consent' };

const required = (what: ConsentRequirement, message: string) =>
  deny('consent_required', message, { details: { required: [what] } });

/**
 * Stage 2: the user accepted the current AI terms; an admin accepted the provider's terms; the user
 * acknowledged where their data goes; a call's recording consent for speech. The first technology
 * must meet all of them (else the user is told what to accept); fallbacks that do not are skipped.
 */
export function consentStage(
  req: GovernedRequest,
  s: PolicySnapshot,
  chain: TechnologyView[],
): Decision<TechnologyView[]> {
  if (s.user.acceptedTermsVersion < s.currentTermsVersion)
    return required(
      { kind: 'ai_terms', version: s.currentTermsVersion },
      s.user.acceptedTermsVersion === 0
        ? 'Accept the AI terms of use before your first AI request'
        : 'The AI terms of use changed; accept the new version to go on',
    );
  if (req.speech && !req.speech.recordingConsent)
    return required(
      { kind: 'recording_consent' },
      'This call has no recording consent; it cannot be transcribed',
    );
  const usable = (t: TechnologyView) =>
    !t.remote || (t.termsAccepted && s.user.transferAcks.has(transferSubject(t)));
  const [first] = chain;
  if (first && !usable(first)) {
    if (!first.termsAccepted)
      return required(
        { kind: 'provider_terms', technologyId: first.config.id, provider: first.label },
        `An administrator must accept ${first.label}'s terms before it can be used`,
      );
    return required(
      { kind: 'data_transfer', technologyId: first.config.id, provider: first.label, region: first.region },
      `Requests to ${first.label} leave this server${first.region ? ` (data region: ${first.region})` : ''}; acknowledge this under Settings → AI before your first request`,
    );
  }
  const kept = chain.filter(usable);
  if (kept.length === chain.length) return { decision: 'allow' };
  return { decision: 'transform', value: kept, reason: 'fallbacks without consent left out' };
}
