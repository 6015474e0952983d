import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';

/**
 * Encrypts provider API keys at rest with AES-256-GCM. The key comes from COHELM_SECRET_KEY or from
 * `<data>/secret.key`, generated (mode 0600) on first start. Each ciphertext names the key it was
 * made with, so that a process started with a different key says so instead of sending garbage.
 */
export class SecretBox {
  readonly keyId: string;
  private constructor(private readonly key: Buffer) {
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  }

  static fromSecret(secret: string): SecretBox {
    // Hex or base64 of exactly 32 bytes is used as is; any other string is hashed to 32 bytes.
    const hex = /^[0-9a-f]{64}$/i.test(secret) ? Buffer.from(secret, 'hex') : null;
    const b64 = !hex && /^[A-Za-z0-9+/_-]{43}=?$/.test(secret) ? Buffer.from(secret, 'base64') : null;
    const raw = hex ?? (b64?.length === 32 ? b64 : createHash('sha256').update(secret).digest());
    return new SecretBox(raw);
  }

  /** The configured key, or the data folder's generated one (created once, race-free). */
  static load(configured: string | undefined, dataDir: string): SecretBox {
    if (configured) return SecretBox.fromSecret(configured);
    const file = path.join(dataDir, 'secret.key');
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    return SecretBox.fromSecret(fs.readFileSync(file, 'utf8').trim());
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      'v1',
      this.keyId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ct.toString('base64url'),
    ].join('.');
  }

  open(sealed: string): string {
    const [v, keyId, iv, tag, ct] = sealed.split('.');
    if (v !== 'v1' || !iv || !tag || ct === undefined)
      throw new AppError('internal', 'A stored API key is in an unknown format');
    if (keyId !== this.keyId)
      throw new AppError(
        'ai_auth_failed',
        'This API key was encrypted with a different COHELM_SECRET_KEY; set the original key or enter the API key again',
      );
    const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }
}
