import { AppError } from './errors.js';

/** Runs a write; a unique-constraint violation (PostgreSQL 23505) becomes a `conflict` with `message`. */
export async function conflictOnDuplicate<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new AppError('conflict', message);
    throw err;
  }
}
