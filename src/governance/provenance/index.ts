/** AI content provenance: normalised hashes, signed manifests, visible labels and near-duplicate lookup. */
export { hasCohelmLabel, type LabelFormat, stripCohelmLabel, visibleLabel, withLabel } from './label.js';
export { buildManifest, canonicalJson, type ManifestInput, type ProvenanceManifest } from './manifest.js';
export { provenanceManifestSchema } from './manifest.schema.js';
export { matchText, SIMILARITY_THRESHOLD, type StoredContent, type TextMatch } from './match-text.js';
export { estimateSimilarity, jaccard, lshBands, MINHASH_SIZE, minhashSignature } from './minhash.js';
export { generateAccountKeyPair, signManifest, verifyManifest } from './signing.js';
export { contentHash, normaliseText } from './text-normal.js';
