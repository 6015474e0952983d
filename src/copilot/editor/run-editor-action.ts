import { and, eq } from 'drizzle-orm';
import type { Governance, GovernedPart } from '../../governance/index.js';
import { planTechnology, streamGovernedRequest } from '../../governance/index.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Database } from '../../store/database.js';
import { copilotInteractions, users } from '../../store/schema/index.js';
import type { LocalPlan } from '../preprompts/built-in-preprompts.js';
import { PLACEMENTS } from '../preprompts/placements.js';
import { resolvePreprompt } from '../preprompts/preprompts.repository.js';
import { parseTemplate, renderTemplate, usedMarkers } from '../preprompts/template/index.js';
import { contextMessages } from '../shared/context-messages.js';
import { EditorActionIn } from './editor.schema.js';

const needText = (what: string) => new AppError('validation_failed', what, { field: 'text' });

function localTask(plan: LocalPlan, input: EditorActionIn & { language: string }) {
  if (plan.task === 'suggest_reply') {
    if (!input.authorMessage?.trim()) throw needText('Choose the message to reply to');
    return { task: 'suggest_reply' as const, input: input.authorMessage };
  }
  const text = plan.input === 'original' ? input.text : input.userMessage;
  if (!text?.trim())
    throw needText(plan.input === 'original' ? 'Type or select the text to edit' : 'Write your notes first');
  return {
    task: 'edit_text' as const,
    input: text,
    options: { action: plan.action, ...(plan.tone ? { tone: plan.tone } : {}), language: input.language },
  };
}

/**
 * A CoPilot action in a text editor: the pre-prompt is rendered for the technology that will answer
 * (generative models get the prompt; the local engine runs the pre-prompt's task, or says it cannot),
 * and the answer streams back through the governed pipeline. What produced the content is recorded
 * for feedback per pre-prompt and technology.
 */
export async function runEditorAction(
  db: Database,
  g: Governance,
  actor: Actor,
  raw: EditorActionIn,
  signal: AbortSignal,
): Promise<AsyncGenerator<GovernedPart>> {
  const input = EditorActionIn.parse(raw);
  const placement = PLACEMENTS[input.placement];
  const preprompt = await resolvePreprompt(db, actor, input.prepromptRef);
  if (preprompt.placement !== '*' && !preprompt.placement.split(',').includes(input.placement))
    throw new AppError(
      'validation_failed',
      `"${preprompt.title}" is not offered in the ${placement.label} editor`,
    );
  if (preprompt.section === 'edit' && !input.text?.trim()) throw needText('Type or select the text to edit');
  const technology = await planTechnology(g, actor, placement.surface, input.technologyId);

  let text: Parameters<typeof streamGovernedRequest>[1]['text'];
  if (!technology.generative) {
    if (!preprompt.local)
      throw new AppError(
        'capability_unsupported',
        `"${preprompt.title}" needs a generative AI technology; the built-in local engine can shorten, summarise, fix grammar, make text formal, make a checklist and draft a reply. Ask an administrator to connect one.`,
      );
    const task = localTask(preprompt.local, input);
    const options = 'options' in task ? task.options : {};
    text = { task: { ...task, options: { ...options, referenceDate: new Date().toISOString() } } };
  } else {
    const template = parseTemplate(preprompt.template);
    const needsContext = usedMarkers(template).includes('context_messages');
    const [me] = await db
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.accountId, actor.accountId), eq(users.id, actor.userId)));
    const [first = '', ...rest] = (me?.name ?? '').split(' ');
    const rendered = renderTemplate(template, {
      engine: {
        code: technology.kind,
        category: 'text',
        model: technology.model,
        contextWindowTokens: technology.contextWindowTokens,
      },
      module: placement.surface,
      section: preprompt.section,
      markers: {
        original_message: input.text,
        user_message: input.userMessage,
        author_message: input.authorMessage,
        language: input.language,
        current_results: input.previousResults,
      },
      author: {
        name: me?.name,
        email: me?.email,
        first_name: first,
        last_name: rest.join(' '),
        language: input.language,
      },
      contextMessages:
        needsContext && placement.context && input.entityId
          ? await contextMessages(db, actor, placement.context, input.entityId)
          : [],
    });
    text = {
      messages: [
        ...(rendered.system ? [{ role: 'system' as const, content: rendered.system }] : []),
        { role: 'user' as const, content: rendered.prompt },
      ],
      ...(rendered.temperature !== undefined ? { temperature: rendered.temperature } : {}),
      ...(rendered.maxTokens !== undefined ? { maxOutputTokens: rendered.maxTokens } : {}),
    };
  }
  const parts = await streamGovernedRequest(
    g,
    {
      id: newId(),
      accountId: actor.accountId,
      userId: actor.userId,
      initiator: { type: 'user', userId: actor.userId },
      surface: placement.surface,
      technologyId: technology.id,
      text,
    },
    signal,
  );
  return (async function* () {
    let technologyId = technology.id;
    for await (const part of parts) {
      if (part.type === 'start') technologyId = part.technologyId;
      if (part.type === 'finish')
        await db
          .insert(copilotInteractions)
          .values({
            contentId: part.contentId,
            accountId: actor.accountId,
            userId: actor.userId,
            surface: placement.surface,
            placement: input.placement,
            prepromptRef: preprompt.ref,
            prepromptVersion: preprompt.version,
            technologyId,
          })
          .onConflictDoNothing();
      yield part;
    }
  })();
}
