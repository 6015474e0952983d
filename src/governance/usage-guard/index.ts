export {
  PROHIBITED_USES,
  type ProhibitedUse,
  SIGNIFICANT_DECISIONS,
  type SignificantDecision,
} from './categories.js';
export { classifyUsage, type UsageRequest, type UsageVerdict } from './classify-usage.js';
export { GUARD_RULES, type GuardRule, type Phrase, type PhraseGroup } from './rules.js';
