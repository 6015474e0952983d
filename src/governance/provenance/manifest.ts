import { visibleLabel } from './label.js';
import { provenanceManifestSchema } from './manifest.schema.js';
import { contentHash } from './text-normal.js';

/** What Cohelm signs for every AI output it produces (version 1). */
export type ProvenanceManifest = {
  v: 1;
  contentId: string;
  contentHash: string;
  generator: { product: 'Cohelm'; technologyId: string; kind: string; model: string };
  createdAt: string;
  initiator:
    | { type: 'user'; userId: string }
    | { type: 'agent'; agentId: string; onBehalfOf: string }
    | { type: 'system'; event: string };
  surface: string;
  accountId: string;
  label: string;
};

export type ManifestInput = Omit<ProvenanceManifest, 'v' | 'contentHash' | 'label'> & { text: string };

/**
 * Builds the manifest for `text`: hash of its normalised form and the visible label. Fields are copied one
 * by one so that extra keys on the input (a spread database row) never end up signed. Throws on input the
 * schema refuses (an empty id, a `createdAt` that is not ISO 8601): that is a caller bug.
 */
export function buildManifest(input: ManifestInput): ProvenanceManifest {
  const { technologyId, kind, model } = input.generator;
  const generator = { product: 'Cohelm', technologyId, kind, model } as const;
  return provenanceManifestSchema.parse({
    v: 1,
    contentId: input.contentId,
    contentHash: contentHash(input.text),
    generator,
    createdAt: input.createdAt,
    initiator: copyInitiator(input.initiator),
    surface: input.surface,
    accountId: input.accountId,
    label: visibleLabel({ generator, createdAt: input.createdAt }),
  } satisfies ProvenanceManifest);
}

function copyInitiator(initiator: ProvenanceManifest['initiator']): ProvenanceManifest['initiator'] {
  switch (initiator.type) {
    case 'user':
      return { type: 'user', userId: initiator.userId };
    case 'agent':
      return { type: 'agent', agentId: initiator.agentId, onBehalfOf: initiator.onBehalfOf };
    case 'system':
      return { type: 'system', event: initiator.event };
  }
}

/**
 * Deterministic JSON, the bytes a signature covers: object keys sorted by UTF-16 code unit (as RFC 8785),
 * no whitespace, arrays in order, properties whose value is `undefined` omitted (as JSON.stringify).
 * Throws on what has no single JSON form: non-finite numbers, bigint, functions, symbols, `undefined`
 * in an array or at the top, class instances (Date, Map, typed arrays) and cycles.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  if (ancestors.has(value)) throw new TypeError('canonicalJson: cyclic structure');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((item) => write(item, ancestors)).join(',')}]`;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError('canonicalJson: only plain objects and arrays can be encoded');
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
