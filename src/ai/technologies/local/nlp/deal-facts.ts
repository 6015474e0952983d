import { type ActionItem, actionItemsOf } from './action-items.js';
import { type Entities, entitiesOf } from './entities.js';
import { analyze, type Sentence } from './nlp.js';

export type DealFacts = {
  amounts: Entities['money'];
  dates: Entities['dates'];
  people: string[];
  organisations: string[];
  nextStep: string | null;
  risks: string[];
  competitors: string[];
};

export type DealFactOptions = { referenceDate?: Date };

const NEXT_STEP = /\bnext steps?\b/i;
// Words that signal trouble on their own.
const RISK =
  /\b(?:concerns?|concerned|worr(?:y|ied|ies)|risks?|risky|blockers?|blocked|blocking|delay(?:s|ed)?|postpone[ds]?|push(?:ed)? back|freeze|frozen|issues?|problems?|hesitant|objections?|too (?:high|expensive|long|slow)|expensive|over budget|tight)\b/i;
// Topics that become a risk once a condition or dependency is attached ("legal needs to review").
const RISK_TOPIC =
  /\b(?:budget|legal|security|compliance|gdpr|procurement|contract|approval|sign[- ]off|data processing|dpa|msa|privacy|pricing|price)\b/i;
const CONDITION =
  /\b(?:needs? to|has to|have to|must|requires?|only|before|until|once|unless|if|capped|limit|but|however|cannot|can['’]t|won['’]t|not)\b/i;
const COMPETITOR_CUE =
  /\b(?:compar(?:e|ed|ing) (?:us |you |them )?(?:to|with)|versus|vs\.?|(?:also|(?:we|they)(?:['’]re| are| were)?) look(?:ed|ing)? at|evaluat(?:e|ed|ing)|consider(?:ed|ing)|currently (?:use|using|on)|(?:we|they) use|switch(?:ing|ed)? from|moving (?:away )?from|migrat(?:e|ing) from|instead of)\s+((?:\p{Lu}[\p{L}\d.+-]*)(?:\s\p{Lu}[\p{L}\d.+-]*)?(?:(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}[\p{L}\d.+-]*(?:\s\p{Lu}[\p{L}\d.+-]*)?)*)/gu;

function concreteness(item: ActionItem): number {
  return (NEXT_STEP.test(item.sentence) ? 4 : 0) + (item.due ? 2 : 0) + (item.owner ? 1 : 0);
}

function describe(item: ActionItem): string {
  const what = item.owner
    ? `${item.owner} to ${item.action}`
    : item.action[0]!.toUpperCase() + item.action.slice(1);
  return item.due ? `${what}, due ${item.due}` : what;
}

/** The most concrete next step and the sentence it was read from. */
export function nextStepOf(
  items: ActionItem[],
  sentences: Sentence[],
): { text: string; sentence: string } | null {
  const best = items.reduce<ActionItem | null>(
    (top, item) => (top === null || concreteness(item) > concreteness(top) ? item : top),
    null,
  );
  if (best) return { text: describe(best), sentence: best.sentence };
  const said = sentences.find((s) => NEXT_STEP.test(s.text))?.text;
  return said ? { text: said, sentence: said } : null;
}

function risksOf(sentences: Sentence[], items: ActionItem[]): string[] {
  const tasks = new Set(items.map((item) => item.sentence));
  const risks = sentences.filter(({ text, sentiment }) => {
    if (text.endsWith('?')) return false;
    if (RISK.test(text)) return true;
    // An agreed task about the budget is a plan, not a risk.
    return RISK_TOPIC.test(text) && !tasks.has(text) && (CONDITION.test(text) || sentiment < 0);
  });
  return [...new Set(risks.map((s) => s.text))];
}

function competitorsOf(sentences: Sentence[], exclude: Set<string>): string[] {
  const found: string[] = [];
  for (const { text } of sentences) {
    for (const match of text.matchAll(COMPETITOR_CUE)) {
      for (const name of match[1]!.split(/,\s*|\s+(?:and|or|&)\s+/)) {
        const clean = name.replace(/[.,]+$/, '').trim();
        if (clean && !exclude.has(clean) && !found.includes(clean)) found.push(clean);
      }
    }
  }
  return found;
}

/**
 * Deal facts for a CRM record: amounts, dates, people, organisations, the most concrete next step,
 * risk sentences (budget, legal, security, delays, concerns, blockers) and competitors or incumbents.
 */
export function extractDealFacts(text: string, opts: DealFactOptions = {}): DealFacts {
  return dealFactsOf(analyze(text), opts.referenceDate);
}

export type DealSignals = Pick<DealFacts, 'nextStep' | 'risks' | 'competitors'>;

/**
 * The next step, risks and competitors of analysed text, without the entity pass: `people` are the
 * names known to be persons, so that "considering Tom's proposal" names no competitor.
 */
export function dealSignalsOf(sentences: Sentence[], items: ActionItem[], people: string[]): DealSignals {
  const names = new Set(people.flatMap((person) => [person, ...person.split(/\s+/)]));
  return {
    nextStep: nextStepOf(items, sentences)?.text ?? null,
    risks: risksOf(sentences, items),
    competitors: competitorsOf(sentences, names),
  };
}

/** Deal facts of already analysed text; pass `items` when the action items are already known. */
export function dealFactsOf(
  sentences: Sentence[],
  referenceDate: Date = new Date(),
  items: ActionItem[] = actionItemsOf(sentences, referenceDate),
): DealFacts {
  const entities = entitiesOf(sentences, referenceDate);
  return {
    amounts: entities.money,
    dates: entities.dates,
    people: entities.people,
    organisations: entities.organisations,
    ...dealSignalsOf(sentences, items, entities.people),
  };
}
