import { sql } from 'drizzle-orm';

/** Columns every update sets: a fresh updated_at and a bumped version. */
export const touch = (table: { version: unknown }) => ({
  updatedAt: sql`now()`,
  version: sql`${table.version} + 1`,
});
