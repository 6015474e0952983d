import type { ChatMessage, EditAction, TaskSpec } from '../technology.js';
import { PROSE_TASKS, TASK_OUTPUT_SCHEMAS, taskJsonSchema } from './task-outputs.js';

const INSTRUCTIONS: Record<TaskSpec['task'], (t: TaskSpec) => string> = {
  summarize: (t) =>
    t.options?.format === 'bullets'
      ? `Summarise the text in at most ${t.options?.sentences ?? 5} bullet points, one per line, each starting with "- ". Use only facts from the text.`
      : `Summarise the text in at most ${t.options?.sentences ?? 3} sentences. Use only facts from the text.`,
  action_items: () =>
    'List the action items agreed or requested in the text: who owns each, what is to be done, the due date (ISO YYYY-MM-DD, or null) and the sentence it comes from.',
  entities: () =>
    'Extract the people, organisations, money amounts, dates (ISO YYYY-MM-DD), email addresses and phone numbers mentioned in the text.',
  deal_facts: () =>
    'Extract the deal facts from the text: amounts, dates, people, organisations, the agreed next step, risks and competitors mentioned.',
  sentiment: () => 'Rate the overall sentiment of the text from -1 (negative) to 1 (positive).',
  key_phrases: (t) =>
    `List the ${t.options?.limit ?? 10} most important key phrases of the text with a 0..1 score.`,
  classify: (t) =>
    `Classify the text into these labels and score each from 0 to 1: ${JSON.stringify(t.options?.labels ?? [])}.`,
  fill_template: (t) =>
    `Fill the placeholders of this template from the text and these facts ${JSON.stringify(t.options?.facts ?? {})}. Leave unknown placeholders as they are.\n\nTemplate:\n${t.options?.template ?? ''}`,
  follow_up_email: (t) =>
    `Draft a short follow-up email after the conversation in the text${t.options?.contactName ? ` to ${t.options.contactName}` : ''}${t.options?.senderName ? `, signed by ${t.options.senderName}` : ''}: a recap and the agreed next steps. Invent nothing.`,
  deal_brief: (t) =>
    `Write a brief of this CRM deal for its owner from its timeline (the text) and these facts ${JSON.stringify(t.options?.facts ?? {})}: a 2–3 sentence summary of where it stands, the open tasks, the risks (stale activity, overdue tasks, close date, competitors, objections), the single best next step, and the overall sentiment.`,
  task_checklist: () =>
    'Clarify this task: rewrite its description in clear sentences (keep every fact) and list 2–8 concrete checklist items found in it. Invent no steps; return an empty checklist if it has none.',
  talking_points: (t) =>
    `Prepare 3–7 talking points for the call from the deal context and past calls in the text${t.options?.facts ? ` and these facts ${JSON.stringify(t.options.facts)}` : ''}: open questions, next steps to confirm, amounts and dates to confirm, risks to address.`,
  call_summary: () =>
    'Summarise this call transcript: its topic in a few words, a short summary, the agreements reached, the action items (owner, action, due date as YYYY-MM-DD or null, the sentence it comes from), the follow-up meeting it set up (the sentence and its date, or null), the overall sentiment and the sentiment of each speaker.',
  suggest_reply: (t) =>
    `Suggest a short, polite reply to this message${t.options?.facts ? ` (context: ${JSON.stringify(t.options.facts)}; greet the author by first name and sign with the sender's name when given)` : ''}. Answer its questions where the context allows; promise nothing that is not in the context. Give the intent of the message (question, request, complaint, thanks or info) and its sentiment.`,
  edit_text: (t) => EDIT_INSTRUCTIONS[t.options?.action ?? 'rewrite'](t),
  crm_autofill: (t) =>
    `Read deal fields from the text. Current fields, custom field definitions, contacts and products: ${JSON.stringify(t.options?.facts ?? {})}. Return only fields the text states: amount (number), currency (ISO code), closeDate (YYYY-MM-DD), nextStep, products (names from the list), custom.<key> (per its type; a select takes one of its options); each with the sentence it comes from copied exactly from the text and a 0..1 confidence. Prefer what was agreed over what was proposed or asked. Also the roles of people mentioned (decision maker, champion, CFO, technical lead, procurement…), using the contacts' names.`,
};

const EDIT_INSTRUCTIONS: Record<EditAction, (t: TaskSpec) => string> = {
  rewrite: () => 'Rewrite the text so that it reads clearly and naturally; keep its meaning and length.',
  shorten: () => 'Shorten the text to about half its length; keep every fact that matters.',
  expand: () => 'Expand the text with more detail and explanation, using only what it already says.',
  fix_grammar: () => 'Fix spelling, grammar and punctuation; change nothing else.',
  change_tone: (t) =>
    `Rewrite the text in ${t.options?.tone === 'empathetic' ? 'an' : 'a'} ${t.options?.tone ?? 'formal'} tone; keep its meaning.`,
  translate: (t) => `Translate the text into ${t.options?.language ?? 'English'}; keep names and numbers.`,
  summarize: () => 'Summarise the text in two or three sentences.',
  checklist: () => 'Turn the text into a checklist: one "- [ ] " line per concrete action, in order.',
};

/** How a generative model is asked to perform a structured task. */
export function promptForTask(task: TaskSpec): {
  messages: ChatMessage[];
  jsonSchema?: Record<string, unknown>;
} {
  const prose = PROSE_TASKS.has(task.task);
  const today = task.options?.referenceDate ? ` Today is ${task.options.referenceDate.slice(0, 10)}.` : '';
  const system = `You are a careful CRM assistant.${today} ${INSTRUCTIONS[task.task](task)}${
    prose ? ' Answer with the result only.' : ' Answer with JSON only, matching the given schema.'
  }`;
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: task.input },
    ],
    ...(prose ? {} : { jsonSchema: taskJsonSchema(task.task) }),
  };
}

/** Turns a generative model's final text into the task's output shape, or says why it cannot. */
export function parseTaskAnswer(
  task: TaskSpec,
  text: string,
): { ok: true; output: unknown } | { ok: false; reason: string } {
  if (task.task === 'summarize') {
    const sentences = text
      .split(/\n+/)
      .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
      .filter(Boolean);
    return { ok: true, output: { text: text.trim(), sentences } };
  }
  if (task.task === 'edit_text')
    return { ok: true, output: { text: text.trim(), action: task.options?.action ?? 'rewrite' } };
  if (task.task === 'fill_template') {
    const missing = [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string);
    return { ok: true, output: { text: text.trim(), missing } };
  }
  let json: unknown;
  try {
    json = JSON.parse(stripFence(text));
  } catch {
    return { ok: false, reason: 'the model did not answer with JSON' };
  }
  const parsed = TASK_OUTPUT_SCHEMAS[task.task].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `the answer has the wrong shape (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    };
  }
  return { ok: true, output: parsed.data };
}

const stripFence = (t: string) =>
  t
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
