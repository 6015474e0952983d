/**
 * Every error Cohelm reports has a stable `code`. Clients branch on the code, people read the message.
 * Adding a code without giving it an HTTP status fails to compile (see `httpStatusOf`).
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_json'
  | 'template_invalid'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'route_not_found'
  | 'not_found'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'user_blocked'
  | 'forbidden'
  | 'csrf_invalid'
  | 'conflict'
  | 'version_conflict'
  | 'consent_required'
  | 'login_throttled'
  | 'signup_closed'
  | 'service_unavailable'
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
  | 'audio_unreadable'
  | 'audio_unsupported_codec'
  | 'no_audio_decoder'
  | 'audio_timeout'
  | 'ai_disabled'
  | 'ai_blocked'
  | 'usage_prohibited'
  | 'limit_exceeded'
  | 'policy_error'
  | 'internal';

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'invalid_json':
    case 'template_invalid':
      return 400;
    case 'unauthenticated':
    case 'invalid_credentials':
      return 401;
    case 'user_blocked':
    case 'forbidden':
    case 'csrf_invalid':
    case 'signup_closed':
    case 'ai_disabled':
    case 'ai_blocked':
    case 'usage_prohibited':
      return 403;
    case 'route_not_found':
    case 'not_found':
      return 404;
    case 'conflict':
    case 'version_conflict':
    case 'consent_required':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'capability_unsupported':
    case 'ai_auth_failed':
    case 'ai_model_not_found':
    case 'ai_module_missing':
      return 422;
    case 'ai_rate_limited':
      return 429;
    case 'ai_cancelled':
      return 499;
    case 'ai_unreachable':
    case 'ai_bad_response':
    case 'ai_provider_error':
    case 'ai_stream_interrupted':
      return 502;
    case 'ai_unavailable':
      return 503;
    case 'ai_timeout':
    case 'audio_timeout':
      return 504;
    case 'unsupported_media_type':
    case 'audio_unsupported_codec':
      return 415;
    case 'audio_unreadable':
      return 422;
    case 'no_speech_engine':
    case 'no_audio_decoder':
      return 503;
    case 'login_throttled':
    case 'limit_exceeded':
      return 429;
    case 'internal':
    case 'policy_error':
      return 500;
    case 'service_unavailable':
      return 503;
    default: {
      const missing: never = code;
      throw new Error(`No HTTP status for error code ${String(missing)}`);
    }
  }
}

/** An expected failure of a use case: carries a stable code and a message a user can act on. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
};
