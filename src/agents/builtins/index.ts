import type { BuiltinAgent } from './builtin-agent.js';
import { callFollowUp } from './call-follow-up.js';

/** The agents every account gets, active from its creation (admins may pause or delete them). */
export const BUILTIN_AGENTS: Readonly<Record<string, BuiltinAgent>> = {
  [callFollowUp.key]: callFollowUp,
};
