import { ZodError } from 'zod';
import { loadConfig } from '../config.js';
import { AppError } from '../shared/errors.js';
import type { Database } from '../store/database.js';
import { openStore } from '../store/open-store.js';

/** A mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs a command against the database: the server's embedded database when a server runs on this
 * data folder, else the embedded one started for the command, or DATABASE_URL. Always closes it.
 */
export async function withStore<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig(), { shareRunning: true });
  try {
    return await fn(store.db);
  } catch (err) {
    if (err instanceof AppError) {
      const details = Array.isArray(err.details)
        ? err.details.map((d: { path?: string; message?: string }) => ` (${d.path}: ${d.message})`).join('')
        : '';
      throw new UsageError(`${err.message}${details}`);
    }
    if (err instanceof ZodError) {
      throw new UsageError(err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
    }
    throw err;
  } finally {
    await store.close();
  }
}
