import { detectPii } from './detect-pii.js';
import type { DetectOptions, PiiType } from './pii-types.js';
import type { PlaceholderVault } from './placeholder-vault.js';

/**
 * Replaces the personal data of the asked types by the vault's placeholders. `masked` counts replaced
 * occurrences per type (a name mentioned three times counts three), for the governance audit trail.
 */
export function maskText(
  text: string,
  vault: PlaceholderVault,
  opts: DetectOptions,
): { text: string; masked: Partial<Record<PiiType, number>> } {
  const matches = detectPii(text, opts);
  const masked: Partial<Record<PiiType, number>> = {};
  for (const { type } of matches) masked[type] = (masked[type] ?? 0) + 1;
  return { text: vault.mask(text, matches), masked };
}
