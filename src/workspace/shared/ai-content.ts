import { and, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { DbOrTx } from '../../store/database.js';
import { aiContents } from '../../store/schema/index.js';

/**
 * Text a user inserts from CoPilot keeps the id of the AI content it came from, so the AI label stays
 * on it. The content must be in the account and made for this user (their request, an event on their
 * behalf) or be a CoPilot hint; anything else is refused as if it did not exist.
 */
export async function assertAiContentUsable(db: DbOrTx, actor: Actor, contentId: string | null | undefined) {
  if (!contentId) return;
  const [row] = await db
    .select({ id: aiContents.id })
    .from(aiContents)
    .where(
      and(
        eq(aiContents.accountId, actor.accountId),
        eq(aiContents.id, contentId),
        or(
          sql`${aiContents.initiator}->>'userId' = ${actor.userId}`,
          sql`${aiContents.initiator}->>'onBehalfOf' = ${actor.userId}`,
          sql`exists (select 1 from copilot_hints h where h.account_id = ${actor.accountId} and h.content_id = ${contentId})`,
        ),
      ),
    );
  if (!row) throw new AppError('validation_failed', 'Unknown AI content', { field: 'aiContentId' });
}
