import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { MANIFEST_INPUT } from './fixtures.js';
import { buildManifest, type ProvenanceManifest } from './manifest.js';
import { provenanceManifestSchema } from './manifest.schema.js';
import { generateAccountKeyPair, signManifest, verifyManifest } from './signing.js';

const account = generateAccountKeyPair();
const otherAccount = generateAccountKeyPair();
const manifest = buildManifest(MANIFEST_INPUT);
const signature = signManifest(manifest, account.privateKeyPem);

type Json = string | number | Record<string, unknown>;

/** Every leaf of the manifest as [path, value]. */
function leaves(value: Record<string, unknown>, prefix: string[] = []): Array<[string[], Json]> {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leaves(child as Record<string, unknown>, [...prefix, key])
      : [[[...prefix, key], child as Json] as [string[], Json]],
  );
}

function withLeaf(source: ProvenanceManifest, path: string[], next: unknown): ProvenanceManifest {
  const copy = structuredClone(source) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = next;
  return copy as unknown as ProvenanceManifest;
}

// A change that still fits the schema where one exists, so it is the signature that rejects it.
function plausibleChange(path: string, value: Json): Json {
  if (path === 'v') return 2;
  if (path === 'contentHash')
    return `${String(value).slice(0, -1)}${String(value).endsWith('0') ? '1' : '0'}`;
  if (path === 'createdAt') return '2026-11-25T10:00:01.000Z';
  if (path === 'initiator.type') return 'user';
  return `${String(value)}x`;
}

describe('signManifest / verifyManifest', () => {
  it('round trips, as an 86-character base64url string', () => {
    assert.match(signature, /^[A-Za-z0-9_-]{86}$/);
    assert.equal(verifyManifest(manifest, signature, account.publicKeyPem), true);
  });

  it('is deterministic and independent of key order', () => {
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as ProvenanceManifest;
    assert.equal(signManifest(reordered, account.privateKeyPem), signature);
    assert.equal(verifyManifest(reordered, signature, account.publicKeyPem), true);
  });

  const fields = leaves(manifest);
  it('covers every manifest field', () => assert.equal(fields.length, 14));
  for (const [path, value] of fields) {
    const name = path.join('.');
    it(`fails when ${name} is changed`, () => {
      const tampered = withLeaf(manifest, path, plausibleChange(name, value));
      if (!['v', 'generator.product', 'initiator.type'].includes(name)) {
        assert.ok(
          provenanceManifestSchema.safeParse(tampered).success,
          'schema accepts; signature must refuse',
        );
      }
      assert.equal(verifyManifest(tampered, signature, account.publicKeyPem), false);
    });
  }

  it('fails when a field is added or removed', () => {
    const added = { ...manifest, note: 'trusted' } as ProvenanceManifest;
    const { label: _label, ...removed } = manifest;
    assert.equal(verifyManifest(added, signature, account.publicKeyPem), false);
    assert.equal(verifyManifest(removed as ProvenanceManifest, signature, account.publicKeyPem), false);
  });

  it('fails when any signature byte is changed', () => {
    const bytes = Buffer.from(signature, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const changed = Buffer.from(bytes);
        changed[i]! ^= mask;
        assert.equal(verifyManifest(manifest, changed.toString('base64url'), account.publicKeyPem), false);
      }
    }
  });

  it('fails when any signature character is changed, including spare bits of the last one', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < signature.length; i++) {
      const current = alphabet.indexOf(signature[i]!);
      for (const step of [1, 2, 32]) {
        const changed = `${signature.slice(0, i)}${alphabet[(current + step) % 64]}${signature.slice(i + 1)}`;
        assert.equal(verifyManifest(manifest, changed, account.publicKeyPem), false, `char ${i} +${step}`);
      }
    }
    const sameBytes = [...alphabet].find((c) => {
      const spelling = `${signature.slice(0, -1)}${c}`;
      return (
        spelling !== signature &&
        Buffer.from(spelling, 'base64url').equals(Buffer.from(signature, 'base64url'))
      );
    });
    assert.ok(sameBytes, 'Node decodes another spelling to the same bytes');
    assert.equal(
      verifyManifest(manifest, `${signature.slice(0, -1)}${sameBytes}`, account.publicKeyPem),
      false,
    );
  });

  const badSignatures: Array<[string, unknown]> = [
    ['empty', ''],
    ['truncated', signature.slice(0, -1)],
    ['padded', `${signature}==`],
    ['extended', `${signature}A`],
    ['with whitespace', ` ${signature}`],
    ['standard base64', Buffer.from(signature, 'base64url').toString('base64')],
    ['not a string', null],
  ];
  for (const [name, bad] of badSignatures) {
    it(`fails without throwing on a signature that is ${name}`, () => {
      assert.equal(verifyManifest(manifest, bad as string, account.publicKeyPem), false);
    });
  }

  it("fails with another account's key, with a key of another type, or a broken key", () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    assert.equal(verifyManifest(manifest, signature, otherAccount.publicKeyPem), false);
    assert.equal(
      verifyManifest(manifest, signManifest(manifest, otherAccount.privateKeyPem), account.publicKeyPem),
      false,
    );
    assert.equal(verifyManifest(manifest, signature, String(rsa)), false);
    assert.equal(verifyManifest(manifest, signature, 'not a key'), false);
    assert.equal(verifyManifest(manifest, signature, account.publicKeyPem.replace('MCow', 'MCox')), false);
  });

  it('fails on non-manifest input without throwing', () => {
    for (const junk of [null, 'manifest', { ...manifest, v: Number.NaN }, { ...manifest, generator: null }]) {
      assert.equal(
        verifyManifest(junk as unknown as ProvenanceManifest, signature, account.publicKeyPem),
        false,
      );
    }
  });

  it('refuses to sign with a non-Ed25519 key or an invalid manifest', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    assert.throws(() => signManifest(manifest, String(rsa)), TypeError);
    assert.throws(() => signManifest({ ...manifest, accountId: '' }, account.privateKeyPem));
  });
});
