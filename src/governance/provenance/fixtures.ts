/** Manifest input, follow-up emails and seeded edits shared by the provenance tests. */
import type { ManifestInput } from './manifest.js';

/** An agent-drafted follow-up email, as the copilot would record it. */
export const MANIFEST_INPUT: ManifestInput = {
  contentId: 'content-1',
  generator: { product: 'Cohelm', technologyId: 'openai-main', kind: 'llm', model: 'gpt-4o' },
  createdAt: '2026-11-25T10:00:00.000Z',
  initiator: { type: 'agent', agentId: 'agent-7', onBehalfOf: 'user-3' },
  surface: 'copilot.follow-up-email',
  accountId: 'account-1',
  text: 'Hi Sarah,\n\nThanks for your time today.',
};

/** A follow-up email (155 words) as Cohelm would draft it after a discovery call. */
export const FOLLOW_UP_EMAIL = `Hi Sarah,

Thank you for taking the time to meet with us on Tuesday to discuss the rollout of the new onboarding platform at Northwind Logistics. It was great to hear how your team currently handles new hire paperwork across the three regional offices.

As promised, I have attached the implementation timeline and the pricing summary we reviewed during the call. The proposal covers the standard package for up to 250 employees, including single sign-on, automated document collection and the reporting dashboard your HR leads asked about.

To keep things moving, I would suggest a short follow-up call next week with Daniel from IT so we can confirm the integration requirements for your payroll system. Would Thursday at 10am or Friday afternoon work for you?

Please let me know if you have any questions, or if there is anything else I can prepare before then.

Best regards,
Michael Chen
Account Executive, Brightpath Software`;

/**
 * The same email after a user's light edits before sending: greeting changed, three words changed,
 * one sentence added, commas, dashes, quotes, line breaks and spacing changed.
 */
export const LIGHTLY_EDITED_EMAIL = `Hello Sarah —

Thank you for taking the time to meet with us on Wednesday to discuss the rollout of the new onboarding platform at Northwind Logistics.  It was really great to hear how your team currently handles new hire paperwork across the three regional offices!

As promised, I’ve attached the implementation timeline and the pricing summary we reviewed during the call. The proposal covers the standard package for up to 250 employees, including single sign-on, automated document collection, and the reporting dashboard your HR leads asked about. I have also copied Priya, who will be your main contact during onboarding.

To keep things moving, I would suggest a quick follow-up call next week with Daniel from IT so we can confirm the integration requirements for your payroll system. Would Thursday at 10am or Friday afternoon work for you?
Please let me know if you have any questions or if there is anything else I can prepare before then.

Best regards,
Michael Chen
Account Executive, Brightpath Software`;

/** A different follow-up email on the same topic, sharing the stock phrases of the genre. */
export const UNRELATED_EMAIL = `Hi Tom,

Thank you for taking the time to walk us through your current hiring process yesterday. I really appreciated hearing about the challenges your recruiters face when scheduling interviews across time zones.

Based on our conversation, I think our interview scheduling module could save your coordinators several hours each week. I have put together a short case study from a logistics customer of similar size, along with a rough estimate of the licence cost for forty recruiters.

Next steps on our side: I will send over the security documentation your compliance team requested, and our solutions engineer can run a live demo for your recruiting managers. Are you available for thirty minutes on Monday or Tuesday next week?

Please let me know if you have any questions in the meantime.

Kind regards,
Laura Simmons
Senior Account Manager, Talentflow`;

/** Mulberry32: a small seeded PRNG so the randomised trials are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const GREETINGS = ['Hello', 'Dear', 'Hey', 'Good morning', 'Hi there'];
const REPLACEMENT_WORDS = [
  'really',
  'quick',
  'new',
  'our',
  'Wednesday',
  'helpful',
  'detailed',
  'soon',
  'team',
];
const ADDED_SENTENCES = [
  'I have also copied Priya, who will be your main contact during onboarding.',
  'Happy to adjust the plan if your priorities have changed since we spoke.',
  'Our customer success team is also ready to help with the data migration.',
  'Feel free to forward this to anyone else who should be involved.',
];
const PUNCTUATION_SWAPS: ReadonlyArray<[RegExp, string]> = [
  [/,/g, ''],
  [/\. /g, '! '],
  [/\n\n/g, '\n'],
  [/ /g, '  '],
  [/'/g, '\u2019'],
];

/**
 * A random light edit of `text`, as a user makes before sending: the greeting replaced, 1–4 words
 * replaced, one sentence inserted at a sentence boundary, and one or two punctuation/whitespace changes.
 */
export function lightlyEdit(text: string, random: () => number): string {
  const [greeting = '', ...rest] = text.split(' ');
  const words = [pick(random, GREETINGS), ...rest];
  if (greeting === '') words.shift();
  const changes = 1 + Math.floor(random() * 4);
  for (let i = 0; i < changes; i++) {
    words[1 + Math.floor(random() * (words.length - 1))] = pick(random, REPLACEMENT_WORDS);
  }
  const boundaries = words.flatMap((word, index) => (/[.?!]$/.test(word) ? [index] : []));
  const at = boundaries.length > 0 ? pick(random, boundaries) : words.length - 1;
  words.splice(at + 1, 0, pick(random, ADDED_SENTENCES));
  let edited = words.join(' ');
  for (let i = 0, swaps = 1 + Math.floor(random() * 2); i < swaps; i++) {
    const [pattern, replacement] = pick(random, PUNCTUATION_SWAPS);
    edited = edited.replace(pattern, replacement);
  }
  return edited;
}

const OPENERS = ['Hi Tom,', 'Hello Priya,', 'Dear Mr Alvarez,', 'Hi team,', 'Good afternoon Jordan,'];
const BODY_SENTENCES = [
  'Thank you for taking the time to speak with me about your recruiting plans for next year.',
  'It was good to learn how your finance team closes the books at the end of each quarter.',
  'I have attached a short case study from a retailer that cut invoice processing time in half.',
  'Our analytics add-on would give your regional managers a weekly view of store performance.',
  'Based on what you shared, a pilot with two warehouses seems like the right first step.',
  'I will send over the security documentation your compliance team requested by Friday.',
  'Our solutions engineer can run a live demo for your operations leads next week.',
  'The annual plan includes premium support and a dedicated customer success manager.',
  'Could you share the number of seats you expect to need in the first six months?',
  'We can also connect you with a reference customer in the healthcare sector.',
  'The migration from your current vendor usually takes about three weeks end to end.',
  'Are you available for thirty minutes on Monday or Tuesday to go through the contract?',
  'Please let me know if you have any questions in the meantime.',
  'I look forward to hearing your thoughts on the proposal.',
];
const SIGN_OFFS = ['Kind regards,\nLaura Simmons', 'Best,\nJamal Reed', 'Thanks,\nElena Petrova'];

/** A random follow-up email on the same topic as FOLLOW_UP_EMAIL, written by someone else. */
export function unrelatedEmail(random: () => number): string {
  const pool = [...BODY_SENTENCES];
  const sentences: string[] = [];
  for (let i = 0, count = 6 + Math.floor(random() * 4); i < count; i++) {
    sentences.push(...pool.splice(Math.floor(random() * pool.length), 1));
  }
  return `${pick(random, OPENERS)}\n\n${sentences.join(' ')}\n\n${pick(random, SIGN_OFFS)}`;
}
