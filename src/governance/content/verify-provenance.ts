import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { aiContents } from '../../store/schema/index.js';
import {
  contentHash,
  lshBands,
  matchText,
  minhashSignature,
  type ProvenanceManifest,
  stripCohelmLabel,
  verifyManifest,
} from '../provenance/index.js';
import type { SigningKeys } from './signing-keys.js';

const MAX_CANDIDATES = 200;

/**
 * Did Cohelm generate this text, in this account? Exact (same normalised text, with or without its
 * label) or after light edits (shingle similarity over contents sharing an LSH band). Says when,
 * by which technology and model, for whom, and whether the stored manifest's signature holds.
 */
export async function verifyProvenance(db: DbOrTx, keys: SigningKeys, actor: Actor, text: string) {
  const clean = stripCohelmLabel(text);
  const hashes = [...new Set([contentHash(text), contentHash(clean)])];
  const exact = await db
    .select()
    .from(aiContents)
    .where(and(eq(aiContents.accountId, actor.accountId), inArray(aiContents.contentHash, hashes)))
    .limit(1);
  let candidates = exact;
  if (!candidates.length) {
    const bands = lshBands(minhashSignature(clean));
    candidates = bands.length
      ? await db
          .select()
          .from(aiContents)
          .where(and(eq(aiContents.accountId, actor.accountId), arrayOverlaps(aiContents.bands, bands)))
          .limit(MAX_CANDIDATES)
      : [];
  }
  const match = matchText(
    text,
    candidates.map((c) => ({
      id: c.id,
      contentHash: c.contentHash,
      text: c.text,
      minhash: Uint32Array.from(c.minhash, (v) => v >>> 0),
    })),
  );
  if (match.kind === 'none') return { generatedByCohelm: false as const, match: 'none' as const };
  const c = candidates.find((x) => x.id === match.contentId)!;
  const manifest = c.manifest as ProvenanceManifest;
  return {
    generatedByCohelm: true as const,
    match: match.kind,
    similarity: match.similarity ?? 1,
    content: {
      id: c.id,
      createdAt: c.createdAt,
      surface: c.surface,
      technologyId: c.technologyId,
      model: c.model,
      initiator: c.initiator,
      label: c.label,
      advisory: c.advisory,
    },
    manifest,
    signature: c.signature,
    signatureValid: verifyManifest(manifest, c.signature, await keys.publicKey(actor.accountId)),
  };
}
