import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting Cohelm reads from the environment, with its meaning. Parsed once at start-up into a
 * frozen object; secrets are listed in SECRET_KEYS so that `describeConfig` masks them in logs.
 */
const configSchema = z.object({
  COHELM_DATA_DIR: z
    .string()
    .default('./data')
    .describe('Folder for the embedded database, recordings and locks.'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .describe('External PostgreSQL URL. When set, Cohelm does not start its embedded database.'),
  COHELM_PG_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(0)
    .describe('Port of the embedded PostgreSQL on 127.0.0.1 (0 = pick a free one).'),
  HOST: z.string().default('127.0.0.1').describe('Address the HTTP server listens on.'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port.'),
  COHELM_PUBLIC_URL: z.string().url().optional().describe('URL users reach Cohelm at (printed at start).'),
  COHELM_SECRET: z
    .string()
    .min(32)
    .optional()
    .describe('Instance secret for signing cookies. Generated and stored in the database when unset.'),
  COHELM_SECRET_KEY: z
    .string()
    .min(32)
    .optional()
    .describe(
      "Key that encrypts AI providers' API keys at rest (AES-256-GCM). Generated into <data>/secret.key when unset; set the same value on every process sharing a database.",
    ),
  COHELM_AI_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(5000)
    .describe('AI: TCP connect timeout (ms).'),
  COHELM_AI_FIRST_TOKEN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(30_000)
    .describe('AI: longest wait for the first token before retrying or falling back (ms).'),
  COHELM_AI_TOTAL_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(3_600_000)
    .default(180_000)
    .describe('AI: longest a whole answer may take (ms).'),
  COHELM_AI_MAX_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(2)
    .describe('AI: retries per technology on 429/5xx/network errors.'),
  COHELM_AI_BREAKER_THRESHOLD: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(5)
    .describe("AI: consecutive failures that open a technology's circuit breaker."),
  COHELM_AI_BREAKER_COOLDOWN_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(3_600_000)
    .default(15_000)
    .describe('AI: how long an open breaker waits before letting one probe request through (ms).'),
  COHELM_AI_PROHIBITED: z
    .string()
    .optional()
    .describe(
      'Platform-level provider/country prohibitions, e.g. "openai:CN,RU;anthropic:CN": technologies of that kind are unavailable to accounts in those countries.',
    ),
  COHELM_ADMIN_EMAIL: z.string().email().optional().describe('Admin email for the first-start demo account.'),
  COHELM_ADMIN_PASSWORD: z
    .string()
    .min(10)
    .optional()
    .describe('Admin password for the first-start demo account.'),
  COHELM_SEED_DEMO: bool.default(true).describe('Seed the demo account when the database has no account.'),
  COHELM_AGENTS_PAUSED: bool
    .default(false)
    .describe('Platform-wide kill switch: no agent run starts and no approved action runs.'),
  COHELM_SECURE_COOKIES: bool
    .optional()
    .describe('Mark cookies Secure (default: on when COHELM_PUBLIC_URL is https).'),
  COHELM_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20).describe('PostgreSQL pool size.'),
  COHELM_MAX_RECORDING_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(2048)
    .default(200)
    .describe('Recording size cap.'),
  COHELM_SPEECH_MAX_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(240)
    .describe('The longest recording transcribed; the rest is left out with a warning.'),
  COHELM_SPEECH_JOBS: z.coerce
    .number()
    .int()
    .min(1)
    .max(32)
    .default(1)
    .describe('Recordings one process transcribes at once.'),
  COHELM_SPEECH_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(2)
    .max(600)
    .default(30)
    .describe("How long after a crashed process's last heartbeat another takes its transcription over."),
  COHELM_SESSION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(14)
    .describe('Session lifetime in days.'),
  COHELM_EVENT_POLL_MS: z.coerce
    .number()
    .int()
    .min(50)
    .max(3_600_000)
    .default(1000)
    .describe('How often event dispatchers look for work they were not woken for (ms).'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const SECRET_KEYS = ['COHELM_SECRET', 'COHELM_SECRET_KEY', 'COHELM_ADMIN_PASSWORD', 'DATABASE_URL'] as const;

export type Config = Readonly<
  z.infer<typeof configSchema> & { dataDir: string; recordingsDir: string; secureCookies: boolean }
>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.COHELM_DATA_DIR);
  return Object.freeze({
    ...c,
    dataDir,
    recordingsDir: path.join(dataDir, 'recordings'),
    secureCookies: c.COHELM_SECURE_COOKIES ?? c.COHELM_PUBLIC_URL?.startsWith('https:') ?? false,
  });
}

/** The configuration as it may be logged: secrets masked, credentials stripped from URLs. */
export function describeConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) if (out[key] !== undefined) out[key] = '***';
  return out;
}
