/** A deal's timeline as a sales team writes it: what the brief in the benchmark is computed from. */
export const DEMO_NOTES = [
  'Intro call with Anna Keller, head of operations at Northwind. They run 40 support agents on spreadsheets.',
  'Anna confirmed a budget of 48,000 EUR per year. Legal review is the open question.',
  'Sent the security questionnaire; Tom from IT will answer it by next Friday.',
  'Northwind is also evaluating a competitor, but they liked our reporting.',
  'We agreed to send the revised quote with the 40-seat discount by Monday.',
  'Anna asked whether onboarding can start in January; I said we would confirm after the quote.',
];
