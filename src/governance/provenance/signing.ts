import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { canonicalJson, type ProvenanceManifest } from './manifest.js';
import { provenanceManifestSchema } from './manifest.schema.js';

// An Ed25519 signature is 64 bytes: 86 base64url characters, no padding.
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/** A fresh Ed25519 key pair for one account: SPKI public key and PKCS#8 private key, both PEM. */
export function generateAccountKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/**
 * Ed25519 signature (base64url) over `canonicalJson(manifest)`. Throws when the manifest does not fit the
 * schema or the key is not an Ed25519 private key: both are bugs, and signing them would vouch for junk.
 * Pass the key as a `KeyObject` when signing often: parsing the PEM costs ten times the signature.
 */
export function signManifest(manifest: ProvenanceManifest, privateKey: string | KeyObject): string {
  const valid = provenanceManifestSchema.parse(manifest);
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519')
    throw new TypeError('signManifest: key is not Ed25519');
  return sign(null, Buffer.from(canonicalJson(valid), 'utf8'), key).toString('base64url');
}

/**
 * True only when `signature` is this account key's signature over exactly this manifest. Anything else —
 * a changed or extra field, a malformed signature or key, a key of another type — is false, never a throw,
 * because the input comes from whoever pasted it.
 */
export function verifyManifest(
  manifest: ProvenanceManifest,
  signature: string,
  publicKeyPem: string,
): boolean {
  try {
    if (!provenanceManifestSchema.safeParse(manifest).success) return false;
    if (typeof signature !== 'string' || !SIGNATURE.test(signature)) return false;
    const bytes = Buffer.from(signature, 'base64url');
    // Node's decoder ignores the spare low bits of the last character, so several strings decode to the
    // same bytes; only the canonical spelling is accepted, so any change to the string fails.
    if (bytes.toString('base64url') !== signature) return false;
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(canonicalJson(manifest), 'utf8'), key, bytes);
  } catch {
    return false;
  }
}
