import type { TaskOutput } from '../../tasks/task-outputs.js';
import type { AiTask, TaskSpec } from '../../technology.js';
import { callSummary, callSummaryText } from './nlp/copilot/call-summary.js';
import { crmAutofill } from './nlp/copilot/crm-autofill.js';
import { briefText, dealBrief } from './nlp/copilot/deal-brief.js';
import { editText } from './nlp/copilot/edit-text.js';
import { autofillFactsSchema, briefFactsSchema, readFacts, replyFactsSchema } from './nlp/copilot/facts.js';
import { suggestReply } from './nlp/copilot/suggest-reply.js';
import { talkingPoints } from './nlp/copilot/talking-points.js';
import { taskChecklist } from './nlp/copilot/task-checklist.js';
import {
  classify,
  extractActionItems,
  extractDealFacts,
  extractEntities,
  fillTemplate,
  followUpEmail,
  keyPhrases,
  sentiment,
  summarize,
} from './nlp/index.js';

type Result<T extends AiTask> = { text: string; output: TaskOutput<T> };
type Runners = { [T in AiTask]: (spec: TaskSpec) => Result<T> };

const refDate = (spec: TaskSpec) => {
  const raw = spec.options?.referenceDate;
  const d = raw ? new Date(raw) : new Date();
  return Number.isNaN(d.getTime()) ? new Date() : d;
};

/** One function per task; the typed map makes a new task fail to compile until the engine runs it. */
const RUNNERS: Runners = {
  summarize(spec) {
    const r = summarize(spec.input, { sentences: spec.options?.sentences, format: spec.options?.format });
    return { text: r.text, output: r };
  },
  action_items(spec) {
    const items = extractActionItems(spec.input, { referenceDate: refDate(spec) });
    const text = items
      .map((i) => `- ${i.owner ? `${i.owner}: ` : ''}${i.action}${i.due ? ` (by ${i.due})` : ''}`)
      .join('\n');
    return { text, output: { items } };
  },
  entities(spec) {
    const e = extractEntities(spec.input, { referenceDate: refDate(spec) });
    const lines = [
      ['People', e.people],
      ['Organisations', e.organisations],
      ['Amounts', e.money.map((m) => m.text)],
      ['Dates', e.dates.map((d) => `${d.text} (${d.date})`)],
      ['Emails', e.emails],
      ['Phones', e.phones],
    ] as const;
    const text = lines
      .filter(([, v]) => v.length)
      .map(([k, v]) => `${k}: ${v.join(', ')}`)
      .join('\n');
    return { text, output: e };
  },
  deal_facts(spec) {
    const f = extractDealFacts(spec.input, { referenceDate: refDate(spec) });
    return { text: f.nextStep ? `Next step: ${f.nextStep}` : '', output: f };
  },
  sentiment(spec) {
    const s = sentiment(spec.input);
    return { text: s.label, output: { score: s.score, label: s.label } };
  },
  key_phrases(spec) {
    const phrases = keyPhrases(spec.input, { limit: spec.options?.limit });
    return { text: phrases.map((p) => p.phrase).join(', '), output: { phrases } };
  },
  classify(spec) {
    const labels = classify(spec.input, spec.options?.labels ?? []);
    return { text: labels[0]?.label ?? '', output: { labels } };
  },
  fill_template(spec) {
    const r = fillTemplate(spec.options?.template ?? '', {
      ...extractDealFacts(spec.input, { referenceDate: refDate(spec) }),
      ...spec.options?.facts,
    });
    return { text: r.text, output: r };
  },
  follow_up_email(spec) {
    const r = followUpEmail({
      text: spec.input,
      contactName: spec.options?.contactName,
      senderName: spec.options?.senderName,
      referenceDate: refDate(spec),
    });
    return { text: `Subject: ${r.subject}\n\n${r.body}`, output: r };
  },
  deal_brief(spec) {
    const brief = dealBrief(spec.input, readFacts(briefFactsSchema, spec.options?.facts), refDate(spec));
    return { text: briefText(brief), output: brief };
  },
  task_checklist(spec) {
    const r = taskChecklist(spec.input);
    return { text: r.checklist.map((i) => `- [ ] ${i}`).join('\n'), output: r };
  },
  talking_points(spec) {
    const r = talkingPoints(spec.input, readFacts(briefFactsSchema, spec.options?.facts), refDate(spec));
    return { text: r.points.map((p) => `- ${p}`).join('\n'), output: r };
  },
  call_summary(spec) {
    const r = callSummary(spec.input, refDate(spec));
    return { text: callSummaryText(r), output: r };
  },
  suggest_reply(spec) {
    const r = suggestReply(spec.input, readFacts(replyFactsSchema, spec.options?.facts));
    return { text: r.text, output: r };
  },
  edit_text(spec) {
    const action = spec.options?.action ?? 'rewrite';
    const text = editText(spec.input, action, spec.options?.tone);
    return { text, output: { text, action } };
  },
  crm_autofill(spec) {
    const r = crmAutofill(spec.input, readFacts(autofillFactsSchema, spec.options?.facts), refDate(spec));
    const text = r.fields
      .map((f) => `${f.field}: ${Array.isArray(f.value) ? f.value.join(', ') : f.value}`)
      .join('\n');
    return { text, output: r };
  },
};

export function runLocalTask(spec: TaskSpec): { text: string; output: unknown } {
  return RUNNERS[spec.task](spec);
}
