import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';

/** Columns every update sets: a fresh updated_at and a bumped version. */
export const touch = (table: { version: unknown }) => ({
  updatedAt: sql`now()`,
  version: sql`${table.version} + 1`,
});

/** The `version` a PATCH may send: the update applies only if nobody changed the record since. */
export const VersionGuard = z
  .number()
  .int()
  .min(1)
  .describe('Fail with version_conflict unless this is the current version');

/** Optimistic concurrency: a PATCH that names a version must name the current one. */
export function assertVersion(
  label: string,
  current: { version: number },
  expected: number | undefined,
): void {
  if (expected !== undefined && expected !== current.version) {
    throw new AppError(
      'version_conflict',
      `The ${label} was changed by someone else; reload it and try again`,
      {
        currentVersion: current.version,
      },
    );
  }
}

/** Only the owner (or creator) or an admin may delete a record. */
export function assertMayDelete(label: string, actor: Actor, ownerIds: (string | null)[]): void {
  if (actor.role !== 'admin' && !ownerIds.includes(actor.userId)) {
    throw new AppError('forbidden', `Only the owner or an administrator may delete this ${label}`);
  }
}
