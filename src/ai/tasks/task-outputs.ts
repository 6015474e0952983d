/**
 * The result shape of every structured task, whoever answers it. The local engine returns these
 * directly; a generative model is asked for JSON matching the schema and its answer is checked here,
 * so a model that answers in the wrong shape is an `ai_bad_response`, not a crash further on.
 */
import { z } from 'zod';
import type { AiTask } from '../technology.js';

const money = z.object({ text: z.string(), amount: z.number(), currency: z.string().nullable() });
const dated = z.object({ text: z.string(), date: z.string() });

export const actionItemSchema = z.object({
  owner: z.string().nullable(),
  action: z.string(),
  due: z.string().nullable().describe('ISO date YYYY-MM-DD'),
  dueText: z.string().nullable(),
  sentence: z.string(),
});

export const entitiesSchema = z.object({
  people: z.array(z.string()),
  organisations: z.array(z.string()),
  money: z.array(money),
  dates: z.array(dated),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
});

const sentimentSchema = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(['positive', 'neutral', 'negative']),
});

export const autofillFieldSchema = z.object({
  field: z.string().describe('amount, currency, closeDate (YYYY-MM-DD), nextStep, products or custom.<key>'),
  value: z.union([z.string(), z.number(), z.array(z.string()), z.null()]),
  sourceSentence: z.string().describe('The sentence of the text the value comes from, verbatim'),
  confidence: z.number().min(0).max(1),
});

export const TASK_OUTPUT_SCHEMAS = {
  summarize: z.object({ text: z.string(), sentences: z.array(z.string()) }),
  action_items: z.object({ items: z.array(actionItemSchema) }),
  entities: entitiesSchema,
  deal_facts: z.object({
    amounts: z.array(money),
    dates: z.array(dated),
    people: z.array(z.string()),
    organisations: z.array(z.string()),
    nextStep: z.string().nullable(),
    risks: z.array(z.string()),
    competitors: z.array(z.string()),
  }),
  sentiment: sentimentSchema,
  key_phrases: z.object({ phrases: z.array(z.object({ phrase: z.string(), score: z.number() })) }),
  classify: z.object({ labels: z.array(z.object({ label: z.string(), score: z.number() })) }),
  fill_template: z.object({ text: z.string(), missing: z.array(z.string()) }),
  follow_up_email: z.object({ subject: z.string(), body: z.string() }),
  deal_brief: z.object({
    summary: z.string(),
    openTasks: z.array(z.string()),
    risks: z.array(z.string()),
    nextStep: z.string().nullable(),
    sentiment: sentimentSchema,
  }),
  task_checklist: z.object({ description: z.string(), checklist: z.array(z.string()) }),
  talking_points: z.object({ points: z.array(z.string()) }),
  call_summary: z.object({
    topic: z.string().describe('What the call was about, in a few words'),
    summary: z.string(),
    agreements: z.array(z.string()),
    actionItems: z.array(actionItemSchema),
    followUp: z
      .object({
        text: z.string().describe('The sentence that set up the next meeting or call'),
        when: z.string().nullable().describe('ISO date YYYY-MM-DD'),
      })
      .nullable()
      .describe('The follow-up meeting the call set up, if any'),
    sentiment: sentimentSchema,
    speakers: z
      .array(z.object({ speaker: z.string(), sentiment: sentimentSchema }))
      .describe('The tone of each speaker of the transcript'),
  }),
  suggest_reply: z.object({
    text: z.string(),
    intent: z.enum(['question', 'request', 'complaint', 'thanks', 'info']),
    sentiment: sentimentSchema,
  }),
  edit_text: z.object({ text: z.string(), action: z.string() }),
  crm_autofill: z.object({
    fields: z.array(autofillFieldSchema),
    contactRoles: z.array(
      z.object({ contactName: z.string(), role: z.string(), sourceSentence: z.string() }),
    ),
  }),
} satisfies Record<AiTask, z.ZodType>;

export type TaskOutput<T extends AiTask> = z.infer<(typeof TASK_OUTPUT_SCHEMAS)[T]>;

/** Tasks whose answer is plain prose: a generative model streams text, not JSON. */
export const PROSE_TASKS = new Set<AiTask>(['summarize', 'fill_template', 'edit_text']);

const jsonSchemas = new Map<AiTask, Record<string, unknown>>();
export function taskJsonSchema(task: AiTask): Record<string, unknown> {
  let s = jsonSchemas.get(task);
  if (!s) {
    s = z.toJSONSchema(TASK_OUTPUT_SCHEMAS[task]) as Record<string, unknown>;
    jsonSchemas.set(task, s);
  }
  return s;
}
