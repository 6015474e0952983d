import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips, never stores the plain text and uses a fresh IV each time', () => {
    const box = SecretBox.fromSecret('a'.repeat(64));
    const a = box.seal('sk-live-123456789');
    const b = box.seal('sk-live-123456789');
    assert.notEqual(a, b);
    assert.doesNotMatch(a, /sk-live/);
    assert.equal(box.open(a), 'sk-live-123456789');
  });

  it('refuses tampered ciphertext and names a key mismatch', () => {
    const box = SecretBox.fromSecret('correct horse battery staple correct horse');
    const sealed = box.seal('secret');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    assert.throws(() => box.open(parts.join('.')));
    const other = SecretBox.fromSecret('another secret that is long enough to be used');
    assert.throws(() => other.open(sealed), /different COHELM_SECRET_KEY/);
  });

  it('generates one key file with mode 0600 and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-box-'));
    const a = SecretBox.load(undefined, dir);
    const b = SecretBox.load(undefined, dir);
    assert.equal(a.keyId, b.keyId);
    assert.equal(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777, 0o600);
    assert.equal(b.open(a.seal('x')), 'x');
    fs.rmSync(dir, { recursive: true });
  });
});
