import type { Config } from '../config.js';
import { AiRouter } from './routing/router.js';
import { SecretBox } from './settings/secret-box.js';

/** What the AI use cases need besides the database: the router (with its breakers) and the key box. */
export type AiRuntime = {
  router: AiRouter;
  box: SecretBox;
  connectTimeoutMs: number;
};

export function createAiRuntime(config: Config): AiRuntime {
  return {
    box: SecretBox.load(config.COHELM_SECRET_KEY, config.dataDir),
    connectTimeoutMs: config.COHELM_AI_CONNECT_TIMEOUT_MS,
    router: new AiRouter({
      firstTokenTimeoutMs: config.COHELM_AI_FIRST_TOKEN_TIMEOUT_MS,
      totalTimeoutMs: config.COHELM_AI_TOTAL_TIMEOUT_MS,
      maxRetries: config.COHELM_AI_MAX_RETRIES,
      breakerThreshold: config.COHELM_AI_BREAKER_THRESHOLD,
      breakerCooldownMs: config.COHELM_AI_BREAKER_COOLDOWN_MS,
    }),
  };
}
