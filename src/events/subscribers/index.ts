import type { Subscriber } from '../dispatcher.js';
import { dealActivity } from './deal-activity.js';

/** Every built-in subscriber; later capabilities (CoPilot, agents) add theirs here. */
export const BUILT_IN_SUBSCRIBERS: readonly Subscriber[] = [dealActivity];
