import { eq } from 'drizzle-orm';
import { randomToken } from '../shared/tokens.js';
import type { DbOrTx } from './database.js';
import { instanceSettings } from './schema/index.js';

/**
 * A secret shared by every Cohelm process on this database, created by whichever starts first.
 * Insert-if-absent then read: concurrent starts agree on one value.
 */
export async function instanceSecret(db: DbOrTx, key: string): Promise<string> {
  await db
    .insert(instanceSettings)
    .values({ key, value: randomToken(48) })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key));
  if (!row) throw new Error(`instance setting ${key} vanished`);
  return row.value;
}
