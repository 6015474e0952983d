import type { Placement, Section } from './placements.js';

/** How the local engine performs a pre-prompt, when it can: it runs a task instead of a prompt. */
export type LocalPlan =
  | { task: 'edit_text'; action: string; tone?: string; input: 'original' | 'user' }
  | { task: 'suggest_reply'; input: 'author' };

export type BuiltInPreprompt = {
  code: string;
  title: string;
  section: Section;
  /** Where it is offered; all placements when absent. */
  placements?: readonly Placement[];
  template: string;
  local?: LocalPlan;
};

const ROLE = `{role}
You are CoPilot, a writing assistant inside a CRM. Write in {language}. Keep names, numbers and dates exactly as given. Never invent facts.
@if(engine.code == "local")
@else
Answer with the text only: no preamble, no quotes around it.
@endif
{/role}`;

const edit = (instruction: string) => `${ROLE}
${instruction}

Text:
{original_message}
@if(current_result_0)

Your previous attempt, to improve on:
{current_result_0}
@endif`;

/** The pre-prompts every account has; admins and users add their own beside them. */
export const BUILT_IN_PREPROMPTS: readonly BuiltInPreprompt[] = [
  {
    code: 'write',
    title: 'Write from my notes',
    section: 'create',
    template: `${ROLE}
@setTemperature(0.7)
Write the text the user asks for, ready to post.
@if(context_messages)
The conversation so far, for context:
{context_messages}
@endif

What to write: {user_message}`,
  },
  {
    code: 'reply',
    title: 'Draft a reply',
    section: 'create',
    template: `${ROLE}
@setTemperature(0.5)
Draft a short, polite reply to the message below, from {author.name}. Answer every question it asks; promise nothing that is not in the context.
@if(context_messages)
Earlier messages:
{context_messages}
@endif

Message to reply to:
{author_message}
@if(user_message)

What the reply should say: {user_message}
@endif`,
    local: { task: 'suggest_reply', input: 'author' },
  },
  {
    code: 'checklist_from_notes',
    title: 'Make a checklist from my notes',
    section: 'create',
    placements: ['task_description', 'task_comment', 'feed_post', 'deal_comment'],
    template: `${ROLE}
@setTemperature(0.2)
Turn these notes into a checklist: one "- [ ] " line per concrete action, in order.

Notes:
{user_message}`,
    local: { task: 'edit_text', action: 'checklist', input: 'user' },
  },
  {
    code: 'rewrite',
    title: 'Rewrite',
    section: 'edit',
    template: edit('Rewrite the text so that it reads clearly and naturally. Keep its meaning and length.'),
  },
  {
    code: 'shorten',
    title: 'Shorten',
    section: 'edit',
    template: edit('Shorten the text to about half its length. Keep every fact that matters.'),
    local: { task: 'edit_text', action: 'shorten', input: 'original' },
  },
  {
    code: 'expand',
    title: 'Expand',
    section: 'edit',
    template: edit('Expand the text with more detail and explanation, using only what it already says.'),
  },
  {
    code: 'fix_grammar',
    title: 'Fix spelling and grammar',
    section: 'edit',
    template: `${edit('Fix spelling, grammar and punctuation. Change nothing else.')}
@setTemperature(0)`,
    local: { task: 'edit_text', action: 'fix_grammar', input: 'original' },
  },
  {
    code: 'tone_formal',
    title: 'Make it formal',
    section: 'edit',
    template: edit('Rewrite the text in a formal, professional tone.'),
    local: { task: 'edit_text', action: 'change_tone', tone: 'formal', input: 'original' },
  },
  {
    code: 'tone_friendly',
    title: 'Make it friendly',
    section: 'edit',
    template: edit('Rewrite the text in a warm, friendly tone.'),
  },
  {
    code: 'translate',
    title: 'Translate',
    section: 'edit',
    template: edit('Translate the text into {language}. Keep names and numbers.'),
  },
  {
    code: 'summarize',
    title: 'Summarise',
    section: 'edit',
    template: edit('Summarise the text in two or three sentences.'),
    local: { task: 'edit_text', action: 'summarize', input: 'original' },
  },
  {
    code: 'checklist',
    title: 'Make a checklist',
    section: 'edit',
    template: edit('Turn the text into a checklist: one "- [ ] " line per concrete action.'),
    local: { task: 'edit_text', action: 'checklist', input: 'original' },
  },
];
