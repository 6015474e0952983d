/** The AI terms every user accepts before first use, until an admin publishes an account version. */
export const BUILT_IN_AI_TERMS = {
  version: 1,
  text: [
    'AI Tools in Cohelm produce suggestions. Check them before you rely on them or pass them on.',
    'Do not use AI Tools to deceive people into thinking AI text was written by a person, to reverse engineer the AI, to scrape data, to create disinformation or harmful content about people, to discriminate against or profile people, or to prepare decisions in justice, law enforcement, immigration or asylum.',
    'Answers that would decide something with legal or similar effect on a person (hiring, dismissal, evaluations, credit, rejecting a customer) are advisory: a named person makes and records the decision.',
    'AI-generated content is labelled as such; do not remove the label when you pass it on.',
    'Your requests and the answers are recorded in the account’s audit ledger.',
  ].join('\n\n'),
} as const;
