import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../store/database.js';

const MAX_TERMS = 60;

/**
 * The account's own words a speech engine would not know: the call's people, its deal and company,
 * the account's name and its most recently touched companies. Whisper-style servers take them as a
 * prompt; the offline engine as keywords.
 */
export async function vocabularyFor(
  db: DbOrTx,
  accountId: string,
  callId: string,
): Promise<{ keywords: string[]; prompt: string }> {
  const rows = await db.execute<{ term: string | null }>(sql`
    with c as (select * from calls where account_id = ${accountId} and id = ${callId})
    select term from (
      select 0 as rank, trim(ct.first_name || ' ' || ct.last_name) as term
        from c join contacts ct on ct.id = c.contact_id
      union all select 0, p->>'name' from c, jsonb_array_elements(c.participants) p
      union all select 1, d.title from c join deals d on d.id = c.deal_id
      union all select 1, co.name from c join contacts ct on ct.id = c.contact_id join companies co on co.id = ct.company_id
      union all select 2, a.name from accounts a where a.id = ${accountId}
      union all select 3, name from (select name from companies where account_id = ${accountId}
        order by updated_at desc limit 30) recent
    ) t where term is not null and length(trim(term)) > 1
    order by rank`);
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const { term } of rows.rows) {
    const t = term!.trim().replace(/\s+/g, ' ').slice(0, 80);
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    keywords.push(t);
    if (keywords.length === MAX_TERMS) break;
  }
  return {
    keywords,
    prompt: keywords.length
      ? `A business phone call. Names that may be mentioned: ${keywords.join(', ')}.`
      : '',
  };
}
