/**
 * The governance capability: the only door to AI. HTTP routes, CoPilot, agents and speech use
 * what is exported here; nothing outside src/governance/ imports src/ai/ (a test checks it).
 */
export {
  MyChoiceIn,
  MySurfaceOut,
  ProbeIn,
  SURFACES,
  type Surface,
  SurfaceParams,
  SurfaceSettingsIn,
  SurfaceSettingsOut,
  TechnologyIn,
  TechnologyOut,
  TechnologyUpdate,
  TestResultOut,
} from '../ai/settings/technology.schema.js';
export { exportAccountLedger, listAuditEntries, verifyAccountLedger } from './audit/audit-queries.js';
export {
  ComplaintIn,
  HumanDecisionIn,
  listComplaints,
  ResolveComplaintIn,
  recordHumanDecision,
  reportContent,
  resolveComplaint,
} from './complaints/complaints.js';
export { acceptTerms, acknowledgeDisclosure, consentStatus } from './consent/consents.js';
export { verifyProvenance } from './content/verify-provenance.js';
export { exportAnonymized } from './erasure/export-interactions.js';
export { createGovernance, type Governance } from './governance-runtime.js';
export { recordDecision } from './ledger/record-decision.js';
export { exportLedger, verifyLedger } from './ledger/verify-ledger.js';
export type { GovernedRequest } from './pipeline/governed-request.js';
export type { GovernedFinish, GovernedPart } from './pipeline/invoke-governed.js';
export {
  addRestriction,
  getPolicy,
  listBlocks,
  listRestrictions,
  publishTerms,
  removeRestriction,
  setUserBlock,
  updatePolicy,
} from './policy/manage-policy.js';
export * from './policy/policy.schema.js';
export { AiRequestIn, AiResultOut } from './requests/ai-request.schema.js';
export { type PlannedTechnology, planTechnology } from './requests/plan-technology.js';
export {
  runGovernedRequest,
  streamGovernedRequest,
  toGovernedRequest,
} from './requests/run-governed-request.js';
export {
  type GovernedSpeech,
  type GovernedTranscript,
  transcribeGoverned,
} from './requests/transcribe-governed.js';
export * as technologies from './technologies/manage-technologies.js';
export { offlineSpeechEngine } from './technologies/speech-engine.js';
export { usageSummary } from './usage/usage-summary.js';
