import path from 'node:path';
import type { Config } from '../config.js';
import { acquireLock, type DataDirLock, liveHolder } from './data-lock.js';
import { type DatabaseHandle, openDatabase, runMigrations } from './database.js';
import { type EmbeddedPostgres, embeddedUrl, startEmbeddedPostgres } from './embedded-postgres.js';

export type Store = DatabaseHandle & {
  /** 'embedded-owned': this process runs the database; 'embedded-shared': another Cohelm process does. */
  mode: 'external' | 'embedded-owned' | 'embedded-shared';
  close(): Promise<void>;
};

export type OpenStoreOptions = {
  /** A server must own the embedded database; a CLI command may use the one a running server owns. */
  shareRunning?: boolean;
  migrate?: boolean;
  log?: (msg: string) => void;
};

/**
 * Opens the database: the external PostgreSQL at DATABASE_URL, or the embedded one under the data
 * folder (started here, or shared with the Cohelm process that runs it). Applies migrations.
 */
export async function openStore(config: Config, opts: OpenStoreOptions = {}): Promise<Store> {
  const log = opts.log ?? (() => {});
  const migrateAndOpen = async (url: string) => {
    if (opts.migrate !== false) await runMigrations(url);
    return openDatabase(url, {
      poolSize: config.COHELM_DB_POOL_SIZE,
      onError: (e) => log(`database: ${e.message}`),
    });
  };

  if (config.DATABASE_URL) {
    return { ...(await migrateAndOpen(config.DATABASE_URL)), mode: 'external' };
  }

  const lockPath = path.join(config.dataDir, 'cohelm.lock');
  const holder = liveHolder(lockPath);
  if (holder && opts.shareRunning && holder.port > 0) {
    const handle = await migrateAndOpen(embeddedUrl(config.dataDir, holder.port));
    return { ...handle, mode: 'embedded-shared' };
  }

  const lock: DataDirLock = acquireLock(config.dataDir, { port: 0 });
  let embedded: EmbeddedPostgres | undefined;
  try {
    embedded = await startEmbeddedPostgres({ dir: config.dataDir, port: config.COHELM_PG_PORT, log });
    lock.update({ port: embedded.port });
    const handle = await migrateAndOpen(embedded.url);
    const running = embedded;
    return {
      ...handle,
      mode: 'embedded-owned',
      async close() {
        await handle.close();
        await running.stop();
        lock.release();
      },
    };
  } catch (err) {
    await embedded?.stop();
    lock.release();
    throw err;
  }
}
