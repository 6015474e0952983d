import { createPrivateKey, type KeyObject } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SecretBox } from '../../ai/settings/secret-box.js';
import type { DbOrTx } from '../../store/database.js';
import { accountSigningKeys } from '../../store/schema/index.js';
import { generateAccountKeyPair } from '../provenance/index.js';

export type SigningKey = { publicKeyPem: string; privateKey: KeyObject };

/**
 * Each account's Ed25519 key pair, created on first use (concurrent first uses agree on one), the
 * private half sealed at rest and kept in memory, parsed, once opened.
 */
export class SigningKeys {
  private readonly cache = new Map<string, Promise<SigningKey>>();

  constructor(
    private readonly db: DbOrTx,
    private readonly box: SecretBox,
  ) {}

  get(accountId: string): Promise<SigningKey> {
    let key = this.cache.get(accountId);
    if (!key) {
      key = this.load(accountId);
      key.catch(() => this.cache.delete(accountId));
      this.cache.set(accountId, key);
    }
    return key;
  }

  async publicKey(accountId: string): Promise<string> {
    return (await this.get(accountId)).publicKeyPem;
  }

  private async load(accountId: string): Promise<SigningKey> {
    const pair = generateAccountKeyPair();
    await this.db
      .insert(accountSigningKeys)
      .values({
        accountId,
        publicKey: pair.publicKeyPem,
        privateKeySealed: this.box.seal(pair.privateKeyPem),
      })
      .onConflictDoNothing();
    const [row] = await this.db
      .select()
      .from(accountSigningKeys)
      .where(eq(accountSigningKeys.accountId, accountId));
    if (!row) throw new Error('signing key vanished');
    return { publicKeyPem: row.publicKey, privateKey: createPrivateKey(this.box.open(row.privateKeySealed)) };
  }
}
