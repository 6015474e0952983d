/**
 * What the speech bench says: lines of sales calls, each spoken by one espeak-ng voice at its own
 * rate and pitch. Numbers are spelled out as espeak-ng says them, so the line is the reference.
 * espeak-ng's Klatt voices are used because pocketsphinx hears its default formant voice badly
 * (WER about 0.9 on a first try against 0.4 for Klatt): this set measures the engines, not the synthesiser.
 */
export type Voice = { voice: string; rate: number; pitch: number };
export type Line = { id: string; text: string; speaker: Voice };
/** A two-party call: the agent on the left channel, the customer on the right, taking turns. */
export type StereoCall = {
  id: string;
  turns: { channel: 0 | 1; text: string }[];
  agent: Voice;
  customer: Voice;
};

const V = {
  usA: { voice: 'en-us+klatt2', rate: 150, pitch: 50 },
  usB: { voice: 'en-us+klatt', rate: 165, pitch: 40 },
  usC: { voice: 'en-us+klatt4', rate: 140, pitch: 60 },
  usD: { voice: 'en-us+klatt3', rate: 175, pitch: 45 },
  gbA: { voice: 'en-gb+klatt2', rate: 150, pitch: 55 },
  gbB: { voice: 'en-gb+klatt', rate: 135, pitch: 35 },
} satisfies Record<string, Voice>;

const said: [string, Voice][] = [
  ['The price is forty nine dollars per user per month on the annual plan', V.usA],
  ['If you sign before the end of the quarter we can offer a fifteen percent discount', V.usB],
  ['Your renewal is coming up in March and the price stays the same for another year', V.gbA],
  ['Can we schedule a demo for the sales team on Tuesday morning', V.usC],
  ['I will send you the contract and the order form by the end of the day', V.usD],
  ['We would like to add twenty more seats for the support team', V.gbB],
  ['Onboarding takes about two weeks and includes three training sessions', V.usA],
  ['Does the premium plan include phone support and a dedicated account manager', V.usB],
  ['Our budget for this year is around fifty thousand dollars', V.gbA],
  ['Could you walk me through the pricing for the enterprise tier', V.usC],
  ['The legal team needs to review the data processing agreement first', V.usD],
  ['We are comparing your product with two other vendors right now', V.gbB],
  ['Let me check with my manager and get back to you on Friday', V.usA],
  ['The integration with our customer records system is the most important part', V.usB],
  ['Is there a discount for a three year commitment', V.gbA],
  ['I can set up a trial account for you this afternoon', V.usC],
  ['We had some problems with the last update and the reports were slow', V.usD],
  ['The renewal quote is attached to the email I sent yesterday', V.gbB],
  ['What happens to our data if we cancel the subscription', V.usA],
  ['Our finance director wants to pay quarterly instead of annually', V.usB],
  ['Please send me the security documentation before our next meeting', V.gbA],
  ['The demo last week went really well and the team liked the dashboard', V.usC],
  ['We need single sign on and an audit log for compliance', V.usD],
  ['Can you match the price the other vendor offered us', V.gbB],
  ['I will book thirty minutes with our product specialist next Monday', V.usA],
  ['The contract starts on the first of April and runs for twelve months', V.usB],
  ['How long does it take to migrate our existing contacts and deals', V.gbA],
  ['We can include the onboarding package at no extra cost', V.usC],
  ['Thank you for your time today and talk to you next week', V.usD],
  ['Our current provider charges us less but the support is terrible', V.gbB],
  ['Northwind wants to expand the pilot to the whole sales department', V.usA],
  ['Anna from Contoso asked for a call with Cohelm about the call analytics add on', V.gbA],
];

export const LINES: Line[] = said.map(([text, speaker], i) => ({
  id: `line-${String(i + 1).padStart(2, '0')}`,
  text,
  speaker,
}));

export const CALLS: StereoCall[] = [
  {
    id: 'call-renewal',
    agent: V.usA,
    customer: V.gbB,
    turns: [
      { channel: 0, text: 'Hello this is Anna from Cohelm calling about your renewal' },
      { channel: 1, text: 'Hi Anna yes we wanted to talk about the price' },
      { channel: 0, text: 'We can keep the current price if you renew for two years' },
      { channel: 1, text: 'That sounds good please send me the new quote' },
    ],
  },
  {
    id: 'call-demo',
    agent: V.usC,
    customer: V.usD,
    turns: [
      { channel: 0, text: 'Would Thursday afternoon work for the product demo' },
      { channel: 1, text: 'Thursday works but we need to finish by four' },
      { channel: 0, text: 'Great I will send an invitation to you and your manager' },
    ],
  },
];
