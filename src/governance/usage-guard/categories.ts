/** Uses the AI terms (section 7.1) prohibit outright; a request for one of them is denied. */
export const PROHIBITED_USES = [
  'deceptive_human_authorship',
  'reverse_engineering',
  'scraping',
  'disinformation',
  'discrimination_profiling',
  'justice_law_enforcement_migration',
] as const;

/** Decisions with legal or similarly significant effect on a person; allowed only with a human in the loop. */
export const SIGNIFICANT_DECISIONS = [
  'employment',
  'employee_evaluation',
  'credit',
  'insurance',
  'customer_rejection',
  'contract_termination',
  'housing',
  'education',
] as const;

export type ProhibitedUse = (typeof PROHIBITED_USES)[number];
export type SignificantDecision = (typeof SIGNIFICANT_DECISIONS)[number];
