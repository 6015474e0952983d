import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Governance, GovernedPart, GovernedRequest } from '../../governance/index.js';
import { planTechnology, streamGovernedRequest } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database, DbOrTx } from '../../store/database.js';
import { copilotChatMessages, copilotChats, copilotInteractions } from '../../store/schema/index.js';
import { assertEntityVisible } from '../../workspace/shared/entity-access.js';
import type { ChatIn, ChatTurnIn } from './chat.schema.js';
import { entityContext } from './entity-context.js';
import { localChatTurn } from './local-chat.js';
import { resolveRole } from './roles.repository.js';

const HISTORY = 20;

export async function startChat(db: Database, actor: Actor, input: z.infer<typeof ChatIn>) {
  const role = await resolveRole(db, actor, input.roleRef);
  let title = input.title ?? role.name;
  if (input.entityType && input.entityId) {
    await assertEntityVisible(db, actor, input.entityType, input.entityId);
    if (!input.title)
      title = `${role.name}: ${(await entityContext(db, actor, input.entityType, input.entityId)).title}`;
  }
  const [row] = await db
    .insert(copilotChats)
    .values({
      id: newId(),
      accountId: actor.accountId,
      userId: actor.userId,
      roleRef: role.ref,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      title: title.slice(0, 200),
    })
    .returning();
  return withoutAccount(row!);
}

const withoutAccount = ({ accountId: _a, userId: _u, ...rest }: typeof copilotChats.$inferSelect) => rest;

/** A chat is its user's alone. */
async function ownChat(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(copilotChats)
    .where(
      and(
        eq(copilotChats.accountId, actor.accountId),
        eq(copilotChats.userId, actor.userId),
        eq(copilotChats.id, id),
      ),
    );
  if (!row) throw notFound('Chat');
  return row;
}

export async function listChats(db: DbOrTx, actor: Actor, q: { entityType?: string; entityId?: string }) {
  const rows = await db
    .select()
    .from(copilotChats)
    .where(
      and(
        eq(copilotChats.accountId, actor.accountId),
        eq(copilotChats.userId, actor.userId),
        q.entityId ? eq(copilotChats.entityId, q.entityId) : undefined,
      ),
    )
    .orderBy(desc(copilotChats.updatedAt))
    .limit(50);
  return rows.map(withoutAccount);
}

export async function chatMessages(db: DbOrTx, actor: Actor, chatId: string) {
  await ownChat(db, actor, chatId);
  const rows = await db
    .select()
    .from(copilotChatMessages)
    .where(eq(copilotChatMessages.chatId, chatId))
    .orderBy(asc(copilotChatMessages.createdAt));
  return rows.map(({ accountId: _a, chatId: _c, ...m }) => m);
}

export async function deleteChat(db: DbOrTx, actor: Actor, chatId: string) {
  await ownChat(db, actor, chatId);
  await db.delete(copilotChats).where(eq(copilotChats.id, chatId));
}

/** A part of a chat turn: the governed stream, or a plain notice when nothing was asked of an AI. */
export type ChatPart = GovernedPart | { type: 'notice'; text: string };

/**
 * One turn: the user's message is saved as soon as the pipeline accepts the request, the answer streams through the
 * governed pipeline with the role as system instructions and the entity as context, and is saved
 * with its content id and label when it finishes. A failed answer leaves the user's message in place.
 */
export async function runChatTurn(
  db: Database,
  g: Governance,
  actor: Actor,
  chatId: string,
  input: z.infer<typeof ChatTurnIn>,
  signal: AbortSignal,
): Promise<AsyncGenerator<ChatPart>> {
  const chat = await ownChat(db, actor, chatId);
  const role = await resolveRole(db, actor, chat.roleRef).catch(() =>
    resolveRole(db, actor, 'builtin:sales_assistant'),
  );
  const ctx =
    chat.entityType && chat.entityId
      ? await entityContext(db, actor, chat.entityType as 'deal', chat.entityId)
      : undefined;
  const history = (await chatMessages(db, actor, chatId)).slice(-HISTORY);
  // Saved once the turn is accepted (a refusal such as missing consent leaves no half turn behind).
  const saveUserTurn = async () => {
    await db.insert(copilotChatMessages).values({
      id: newId(),
      accountId: actor.accountId,
      chatId,
      role: 'user',
      text: input.text,
    });
    await db.update(copilotChats).set({ updatedAt: sql`now()` }).where(eq(copilotChats.id, chatId));
  };
  const technology = await planTechnology(g, actor, 'chat', input.technologyId);
  let text: GovernedRequest['text'];
  if (technology.generative) {
    const context = ctx
      ? `\n\nThe user opened this chat from: ${ctx.facts}${ctx.timeline.length ? `\nRecent activity:\n${ctx.timeline.join('\n')}` : ''}`
      : '';
    text = {
      messages: [
        { role: 'system', content: `${role.instructions}${context}` },
        ...history.map((m) => ({ role: m.role, content: m.text })),
        { role: 'user', content: input.text },
      ],
    };
  } else {
    const turn = localChatTurn(input.text, ctx);
    if (turn.kind === 'notice') {
      await saveUserTurn();
      return notice(db, actor, chatId, turn.text);
    }
    text = {
      task: {
        task: turn.task.task as never,
        input: turn.task.input,
        options: { ...(turn.task.options ?? {}), referenceDate: new Date().toISOString() },
      },
    };
  }
  const parts = await streamGovernedRequest(
    g,
    {
      id: newId(),
      accountId: actor.accountId,
      userId: actor.userId,
      initiator: { type: 'user', userId: actor.userId },
      surface: 'chat',
      technologyId: technology.id,
      text,
      scopeId: `conversation:${actor.userId}:${chatId}`,
    },
    signal,
  );
  await saveUserTurn();
  return (async function* () {
    for await (const part of parts) {
      if (part.type === 'finish') {
        await db.insert(copilotChatMessages).values({
          id: newId(),
          accountId: actor.accountId,
          chatId,
          role: 'assistant',
          text: part.text,
          contentId: part.contentId,
          label: part.label,
        });
        await db
          .insert(copilotInteractions)
          .values({
            contentId: part.contentId,
            accountId: actor.accountId,
            userId: actor.userId,
            surface: 'chat',
            placement: 'chat',
            prepromptRef: role.ref,
            prepromptVersion: 1,
            technologyId: technology.id,
          })
          .onConflictDoNothing();
      }
      yield part;
    }
  })();
}

async function notice(
  db: Database,
  actor: Actor,
  chatId: string,
  text: string,
): Promise<AsyncGenerator<ChatPart>> {
  await db
    .insert(copilotChatMessages)
    .values({ id: newId(), accountId: actor.accountId, chatId, role: 'assistant', text });
  return (async function* () {
    yield { type: 'notice' as const, text };
  })();
}
