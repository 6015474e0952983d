import { z } from 'zod';
import { SURFACES } from '../../ai/settings/technology.schema.js';
import { AI_TASKS, EDIT_ACTIONS } from '../../ai/technology.js';

const text = z.string().max(200_000);

export const TaskIn = z
  .object({
    task: z.enum(AI_TASKS),
    input: z.string().min(1).max(400_000).describe('The text to work on (a transcript, notes, an email)'),
    options: z
      .object({
        sentences: z.number().int().min(1).max(30).optional(),
        format: z.enum(['sentences', 'bullets']).optional(),
        limit: z.number().int().min(1).max(100).optional(),
        labels: z
          .array(
            z.object({
              label: z.string().min(1).max(100),
              keywords: z.array(z.string().max(100)).max(50).optional(),
              description: z.string().max(1000).optional(),
            }),
          )
          .max(50)
          .optional(),
        template: z.string().max(20_000).optional(),
        facts: z.record(z.string(), z.unknown()).optional(),
        contactName: z.string().max(200).optional(),
        senderName: z.string().max(200).optional(),
        referenceDate: z.iso.datetime({ offset: true }).optional(),
        action: z.enum(EDIT_ACTIONS).optional().describe('edit_text: what to do with the text'),
        tone: z.enum(['formal', 'friendly', 'confident', 'empathetic']).optional(),
        language: z
          .string()
          .trim()
          .min(2)
          .max(50)
          .optional()
          .describe('The language to answer or translate into'),
      })
      .optional(),
  })
  // What a task cannot run without; the options each task reads are documented on TaskSpec.
  .refine((t) => t.task !== 'fill_template' || Boolean(t.options?.template), {
    message: 'The fill_template task needs a template',
    path: ['options', 'template'],
  })
  .refine((t) => t.task !== 'classify' || (t.options?.labels?.length ?? 0) > 0, {
    message: 'The classify task needs at least one label',
    path: ['options', 'labels'],
  })
  .refine((t) => t.task !== 'edit_text' || Boolean(t.options?.action), {
    message: 'The edit_text task needs an action',
    path: ['options', 'action'],
  })
  .refine((t) => t.task !== 'edit_text' || t.options?.action !== 'change_tone' || Boolean(t.options.tone), {
    message: 'Changing the tone needs a tone',
    path: ['options', 'tone'],
  })
  .refine((t) => t.task !== 'edit_text' || t.options?.action !== 'translate' || Boolean(t.options.language), {
    message: 'Translating needs a language',
    path: ['options', 'language'],
  });

const Message = z.discriminatedUnion('role', [
  z.object({ role: z.enum(['system', 'user']), content: text }),
  z.object({
    role: z.literal('assistant'),
    content: text,
    toolCalls: z
      .array(z.object({ toolCallId: z.string().max(200), toolName: z.string().max(200), input: z.unknown() }))
      .max(50)
      .optional(),
  }),
  z.object({
    role: z.literal('tool'),
    toolCallId: z.string().max(200),
    toolName: z.string().max(200),
    content: text,
  }),
]);

export const AiRequestIn = z
  .object({
    surface: z.enum(SURFACES),
    technologyId: z.string().min(1).max(100).optional().describe("One of the surface's allowed technologies"),
    model: z.string().min(1).max(200).optional(),
    task: TaskIn.optional(),
    messages: z.array(Message).min(1).max(200).optional(),
    tools: z
      .array(
        z.object({
          name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
          description: z.string().max(2000),
          inputSchema: z.record(z.string(), z.unknown()),
        }),
      )
      .max(50)
      .optional(),
    jsonSchema: z.record(z.string(), z.unknown()).optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxOutputTokens: z.number().int().min(1).max(100_000).optional(),
    stream: z.boolean().default(false).describe('Answer as server-sent events, one per stream part'),
    conversationId: z
      .string()
      .regex(/^[\w-]{1,100}$/)
      .optional()
      .describe('Turns of one conversation: a person masked as [PERSON_1] stays [PERSON_1] in every turn'),
  })
  .refine((r) => (r.task === undefined) !== (r.messages === undefined), {
    message: 'Send either a task or messages, not both',
    path: ['task'],
  });
export type AiRequestIn = z.input<typeof AiRequestIn>;

export const AiResultOut = z.object({
  requestId: z.string(),
  contentId: z.string(),
  label: z.string().describe('Show this wherever the text is shown or exported'),
  advisory: z.boolean().describe('A decision about a person: a named human decides'),
  technologyId: z.string(),
  kind: z.string(),
  model: z.string(),
  text: z.string(),
  output: z.unknown().optional(),
  toolCalls: z.array(z.object({ toolCallId: z.string(), toolName: z.string(), input: z.unknown() })),
  finishReason: z.string(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number(), estimated: z.boolean() }),
  costUsd: z.number().nullable(),
});
