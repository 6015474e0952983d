import { agentTriggers } from '../../agents/index.js';
import { copilotHintTriggers } from '../../copilot/hints/hint-triggers.js';
import { speechTriggers } from '../../speech/jobs/speech-triggers.js';
import type { Subscriber } from '../dispatcher.js';
import { dealActivity } from './deal-activity.js';

/** Every built-in subscriber. */
export const BUILT_IN_SUBSCRIBERS: readonly Subscriber[] = [
  dealActivity,
  copilotHintTriggers,
  speechTriggers,
  agentTriggers,
];
