import { AppError, type ErrorCode } from '../shared/errors.js';

export type AiErrorCode = Extract<
  ErrorCode,
  | 'capability_unsupported'
  | 'ai_unreachable'
  | 'ai_auth_failed'
  | 'ai_model_not_found'
  | 'ai_bad_response'
  | 'ai_rate_limited'
  | 'ai_timeout'
  | 'ai_provider_error'
  | 'ai_stream_interrupted'
  | 'ai_unavailable'
  | 'ai_cancelled'
  | 'ai_module_missing'
  | 'no_speech_engine'
>;

/** Why a model call failed, as a value that travels inside the stream. */
export type AiFailure = {
  code: AiErrorCode;
  message: string;
  /** Worth trying again (same technology after a pause, or the next one). */
  retryable: boolean;
  /** From the provider's Retry-After header. */
  retryAfterMs?: number;
  /** Which technology failed, filled in by the router. */
  technologyId?: string;
  /** Earlier failures of the same request (retries and fallbacks), oldest first. */
  attempts?: { technologyId: string; code: AiErrorCode; message: string }[];
};

export const aiFailure = (
  code: AiErrorCode,
  message: string,
  extra: Partial<Omit<AiFailure, 'code' | 'message'>> = {},
): AiFailure => ({ code, message, retryable: RETRYABLE.has(code), ...extra });

const RETRYABLE = new Set<AiErrorCode>([
  'ai_unreachable',
  'ai_rate_limited',
  'ai_timeout',
  'ai_provider_error',
  'ai_bad_response',
]);

/** Thrown by technologies' non-stream calls (list models, transcribe); the stream never throws. */
export class AiError extends Error {
  override name = 'AiError';
  constructor(readonly failure: AiFailure) {
    super(failure.message);
  }
}

export const toAppError = (f: AiFailure): AppError =>
  new AppError(
    f.code,
    f.message,
    f.attempts ? { attempts: f.attempts } : undefined,
    f.retryAfterMs ? { 'retry-after': String(Math.ceil(f.retryAfterMs / 1000)) } : undefined,
  );

/** Removes every occurrence of the given secrets from a text that may reach a log or a user. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  return out.replace(/\b(sk-[A-Za-z0-9_-]{6})[A-Za-z0-9_-]{8,}/g, '$1…[redacted]');
}
