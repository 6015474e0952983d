import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { messages } from '../../store/schema/index.js';
import { postMessage } from '../../workspace/timeline/post-message.js';
import type { AgentTool } from './agent-tool.js';

const Args = z.strictObject({
  dealId: z.uuid(),
  body: z.string().trim().min(1).max(20_000),
  aiContentId: z.uuid().nullable().default(null),
});

/** R2: a comment on a deal, which the whole team sees (approval by default). */
export const commentOnDealTool: AgentTool<z.infer<typeof Args>> = {
  name: 'comment_on_deal',
  risk: 'R2',
  label: 'Comment on the deal',
  args: Args as unknown as z.ZodType<z.infer<typeof Args>>,
  async preview(db, principal, a) {
    const [last] = await db
      .select({ body: messages.body })
      .from(messages)
      .where(
        and(
          eq(messages.accountId, principal.accountId),
          eq(messages.entityType, 'deal'),
          eq(messages.entityId, a.dealId),
        ),
      )
      .orderBy(desc(messages.createdAt))
      .limit(1);
    return {
      title: 'Comment on the deal',
      before: last ? { latestComment: last.body } : null,
      after: { comment: a.body },
    };
  },
  async execute(tx, principal, a) {
    const message = await postMessage(tx, principal, 'deal', a.dealId, {
      body: a.body,
      ...(a.aiContentId ? { aiContentId: a.aiContentId } : {}),
    });
    return { messageId: message.id };
  },
};
