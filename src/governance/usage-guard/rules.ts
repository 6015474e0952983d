import type { ProhibitedUse, SignificantDecision } from './categories.js';
import { DECEPTIVE_AUTHORSHIP_RULES } from './rules/deceptive-authorship.js';
import { DISCRIMINATION_RULES } from './rules/discrimination.js';
import { DISINFORMATION_RULES } from './rules/disinformation.js';
import { EMPLOYMENT_RULES } from './rules/employment.js';
import { JUSTICE_MIGRATION_RULES } from './rules/justice-migration.js';
import { REVERSE_ENGINEERING_RULES } from './rules/reverse-engineering.js';
import { SCRAPING_RULES } from './rules/scraping.js';
import { SIGNIFICANT_DECISION_RULES } from './rules/significant-decisions.js';

/** A regular expression over normalised (lowercased, NFKC, single-spaced) text and its score, 0..1. */
export type Phrase = readonly [pattern: RegExp, score: number];

export type PhraseGroup = {
  /** What the group stands for in the rule, e.g. `protected characteristic`. */
  name: string;
  phrases: readonly Phrase[];
  /**
   * Tested against the text just before a match (it should end with `$`); a hit discards the match.
   * Defaults to NEGATION ("not", "don't", "without" up to two words before); `null` turns it off for
   * groups where a negation belongs to the harmful phrase itself ("applicants who are not citizens").
   */
  negation?: RegExp | null;
};

type RuleBase = {
  /** Stable id reported in the verdict, `<category>.<what>`. */
  id: string;
  description: string;
  patterns: {
    /**
     * Every group must match in one sentence (the request's task and surface count for every sentence).
     * Co-occurrence keeps single words from deciding: "ethnicity" alone is fine, with "rank leads" it is not.
     */
    all: readonly PhraseGroup[];
    /** Benign framing in the same sentence that cancels the rule: "without regard to race". */
    unless?: readonly RegExp[];
    /**
     * A cheap pattern every matching sentence contains, tested before the (costlier) groups: the
     * discrimination rule's action-then-characteristic spans only run where a characteristic is named.
     */
    requires?: RegExp;
  };
  /** Confidence in the rule as a whole; the score is `weight × the product of each group's best phrase`. */
  weight: number;
  /** Match against the de-obfuscated text (leetspeak, homoglyphs, spaced-out letters) instead. */
  deobfuscate?: boolean;
};

/** One rule of the usage guard; a deny rule names a prohibited use, a needs_human rule a decision. */
export type GuardRule =
  | (RuleBase & { kind: 'deny'; category: ProhibitedUse })
  | (RuleBase & { kind: 'needs_human'; category: SignificantDecision });

/** A match is discarded when one of these ends at most two words before it. */
export const NEGATION =
  /\b(?:not|never|no|nor|without|avoid|avoiding|instead of|rather than|don't|dont|do not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|shouldn't|should not|mustn't|must not|can't|cannot|isn't|is not|aren't|are not|wasn't|was not|refuse to|stop)\s(?:[\w']+\s){0,2}$/;

/** A rule decides only with a score at or above this. */
export const DECISION_THRESHOLD = 0.5;

/** Every rule, in priority order for equal scores. */
export const GUARD_RULES: readonly GuardRule[] = [
  ...REVERSE_ENGINEERING_RULES,
  ...DECEPTIVE_AUTHORSHIP_RULES,
  ...SCRAPING_RULES,
  ...DISINFORMATION_RULES,
  ...DISCRIMINATION_RULES,
  ...JUSTICE_MIGRATION_RULES,
  ...EMPLOYMENT_RULES,
  ...SIGNIFICANT_DECISION_RULES,
];
