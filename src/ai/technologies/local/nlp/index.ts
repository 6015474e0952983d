/** Offline, deterministic NLP of the local AI engine: extractive, never generative. */
export { type ActionItem, type ActionItemOptions, extractActionItems } from './action-items.js';
export { type Classification, type ClassifyLabel, classify } from './classify.js';
export { type DealFactOptions, type DealFacts, extractDealFacts } from './deal-facts.js';
export { type Entities, type EntityOptions, extractEntities, type Money } from './entities.js';
export {
  type FilledTemplate,
  type FollowUpEmail,
  type FollowUpInput,
  fillTemplate,
  followUpEmail,
} from './fill-template.js';
export { type KeyPhrase, type KeyPhraseOptions, keyPhrases } from './key-phrases.js';
export { type Sentiment, type SentimentLabel, sentiment } from './sentiment.js';
export { type Summary, type SummaryOptions, summarize } from './summarize.js';
