import type { TaskOutput } from '../../tasks/task-outputs.js';
import type { AiTask, TaskSpec } from '../../technology.js';
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
};

export function runLocalTask(spec: TaskSpec): { text: string; output: unknown } {
  return RUNNERS[spec.task](spec);
}
