import { z } from 'zod';
import type { ProvenanceManifest } from './manifest.js';

const id = z.string().min(1);

/**
 * Exactly the version-1 manifest shape. Objects are strict so that a verifier refuses a manifest carrying
 * fields this version does not define, rather than vouching for data it never looked at.
 */
export const provenanceManifestSchema = z.strictObject({
  v: z.literal(1),
  contentId: id,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  generator: z.strictObject({ product: z.literal('Cohelm'), technologyId: id, kind: id, model: id }),
  createdAt: z.iso.datetime({ offset: true }),
  initiator: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('user'), userId: id }),
    z.strictObject({ type: z.literal('agent'), agentId: id, onBehalfOf: id }),
    z.strictObject({ type: z.literal('system'), event: id }),
  ]),
  surface: id,
  accountId: id,
  label: id,
}) satisfies z.ZodType<ProvenanceManifest>;
