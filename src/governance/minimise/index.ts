/** The minimise stage: personal data out before text leaves for an external AI provider, back in after. */
export { detectPii } from './detect-pii.js';
export { maskText } from './mask-text.js';
export { type DetectOptions, PII_TYPES, type PiiMatch, type PiiType } from './pii-types.js';
export { PlaceholderVault, type VaultEntry } from './placeholder-vault.js';
export { StreamUnmasker } from './stream-unmasker.js';
