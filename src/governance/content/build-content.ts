import type { Initiator } from '../../store/schema/index.js';
import type { ContentRow } from '../ledger/write-entries.js';
import { buildManifest, lshBands, minhashSignature, signManifest } from '../provenance/index.js';
import type { SigningKey } from './signing-keys.js';

/** Stage 7: the answer as stored content, with its visible label and its signed manifest. */
export function buildContent(input: {
  id: string;
  requestId: string;
  accountId: string;
  surface: string;
  initiator: Initiator;
  technologyId: string;
  kind: string;
  model: string;
  text: string;
  output: unknown;
  advisory: boolean;
  key: SigningKey;
}): ContentRow {
  const createdAt = new Date();
  const initiator =
    input.initiator.type === 'system'
      ? { type: 'system' as const, event: input.initiator.event }
      : input.initiator;
  // The text that is hashed and signed: prose, or the structured output when there is no prose.
  const signed = input.text || JSON.stringify(input.output ?? '');
  const manifest = buildManifest({
    contentId: input.id,
    generator: { product: 'Cohelm', technologyId: input.technologyId, kind: input.kind, model: input.model },
    createdAt: createdAt.toISOString(),
    initiator,
    surface: input.surface,
    accountId: input.accountId,
    text: signed,
  });
  const minhash = minhashSignature(signed);
  return {
    id: input.id,
    accountId: input.accountId,
    requestId: input.requestId,
    surface: input.surface,
    initiator: input.initiator,
    technologyId: input.technologyId,
    model: input.model,
    text: signed,
    output: input.output ?? null,
    contentHash: manifest.contentHash,
    // Stored as int4: the same 32 bits, read back with `>>> 0`.
    minhash: Array.from(minhash, (v) => v | 0),
    manifest,
    signature: signManifest(manifest, input.key.privateKey),
    label: input.advisory ? `${manifest.label} · Advisory: a person must make the decision` : manifest.label,
    advisory: input.advisory,
    createdAt,
    bands: lshBands(minhash),
  };
}
