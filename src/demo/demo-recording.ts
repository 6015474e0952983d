import type { Line } from '../testing/synthesize-call.js';

/**
 * The demo account's recorded call: a recording with consent and no transcript yet, so that a
 * newcomer can press "Transcribe" and watch the call flow (transcript, summary, insights, auto-fill).
 * `scripts/make-demo-recording.ts` synthesises the file from these lines.
 */
export const DEMO_RECORDED_CALL = {
  subject: 'Seat expansion call — Acme (recorded)',
  deal: 'acme-rollout',
  contact: 'dana',
  owner: 'sam' as const,
  daysAgo: 1,
  file: 'seat-expansion-call.ogg',
  mime: 'audio/ogg',
  lines: [
    { who: 'agent', text: 'Hi Dana, this is Sam from Northwind. Thanks for making time for the check in.' },
    {
      who: 'customer',
      text: 'Hi Sam. Happy to. The dispatch team likes the route planning, but we need more seats.',
    },
    { who: 'agent', text: 'Good to hear. How many more seats do you need for next year?' },
    { who: 'customer', text: 'Twenty more seats, and we would like a discount if we sign for two years.' },
    {
      who: 'agent',
      text: 'I can offer ten percent for a two year contract. I will send the order form on Friday.',
    },
    { who: 'customer', text: 'That works for us. Let us meet again next week to sign.' },
  ] satisfies Line[],
};
