import { APICallError, NoSuchModelError } from 'ai';
import { type AiFailure, aiFailure, redact } from '../../ai.errors.js';
import { WrongContentTypeError } from './http-client.js';

/** Network error codes (from undici / Node) that mean "the endpoint could not be reached". */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'ECONNRESET',
  'EPIPE',
]);

function findCause<T extends Error>(e: unknown, cls: new (...a: never[]) => T, depth = 0): T | undefined {
  if (e instanceof cls) return e;
  if (!e || typeof e !== 'object' || depth > 5) return undefined;
  return findCause((e as { cause?: unknown }).cause, cls, depth + 1);
}

function causeCode(e: unknown, depth = 0): string | undefined {
  if (!e || typeof e !== 'object' || depth > 5) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return causeCode((e as { cause?: unknown }).cause, depth + 1);
}

export function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
  if (!raw) return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/** What the provider said, briefly: the `error.message` of a JSON error body, else nothing. */
function providerMessage(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const j = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const m = typeof j.error === 'object' ? j.error?.message : (j.error ?? j.message);
    return typeof m === 'string' ? m.slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Any failure of an AI SDK call, as an AiFailure with a specific code. `secrets` are removed from
 * every message, so that a provider echoing the key never puts it in a response or a log.
 */
export function mapSdkError(error: unknown, endpoint: string, secrets: (string | null)[]): AiFailure {
  const clean = (m: string) => redact(m, secrets);
  const wrong = findCause(error, WrongContentTypeError);
  if (wrong) return aiFailure('ai_bad_response', `${endpoint} ${wrong.message} — is the base URL the API's?`);
  if (NoSuchModelError.isInstance(error)) return aiFailure('ai_model_not_found', clean(error.message));
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status !== undefined && status < 300) {
      const code = causeCode(error);
      if (
        (code && UNREACHABLE.has(code)) ||
        /terminated|closed/i.test(String((error.cause as Error)?.message))
      )
        return aiFailure('ai_stream_interrupted', `${endpoint} closed the connection mid-answer`);
    }
    const said = providerMessage(error.responseBody);
    const suffix = said ? `: ${clean(said)}` : '';
    if (status === 401 || status === 403)
      return aiFailure('ai_auth_failed', `${endpoint} refused the API key (HTTP ${status})${suffix}`);
    if (status === 404)
      return /model/i.test(said ?? '')
        ? aiFailure('ai_model_not_found', `${endpoint} does not know this model${suffix}`)
        : aiFailure('ai_bad_response', `${endpoint} has no such API route (HTTP 404) — check the base URL`);
    if (status === 429)
      return aiFailure('ai_rate_limited', `${endpoint} is rate limiting requests${suffix}`, {
        retryAfterMs: retryAfterMs(error.responseHeaders),
      });
    if (status === 408) return aiFailure('ai_timeout', `${endpoint} timed out (HTTP 408)`);
    if (status !== undefined && status >= 500)
      return aiFailure('ai_provider_error', `${endpoint} failed (HTTP ${status})${suffix}`, {
        retryAfterMs: retryAfterMs(error.responseHeaders),
      });
    if (status !== undefined && status >= 400)
      return aiFailure('ai_bad_response', `${endpoint} rejected the request (HTTP ${status})${suffix}`, {
        retryable: false,
      });
    if (status === undefined) {
      const code = causeCode(error);
      if (code && UNREACHABLE.has(code))
        return aiFailure('ai_unreachable', `${endpoint} could not be reached (${code})`);
      if (/bad port|Cannot connect/i.test(error.message))
        return aiFailure('ai_unreachable', `${endpoint} could not be reached (${clean(error.message)})`);
    }
    return aiFailure('ai_bad_response', `${endpoint} gave an answer that is not the expected API response`);
  }
  const name = (error as { name?: string } | null)?.name ?? '';
  const code = causeCode(error);
  if (code && UNREACHABLE.has(code))
    return aiFailure('ai_unreachable', `${endpoint} could not be reached (${code})`);
  if (/ended without/i.test(String((error as Error)?.message)))
    return aiFailure('ai_stream_interrupted', `${endpoint} ended the answer without finishing it`);
  if (/JSONParse|TypeValidation|InvalidResponse|EmptyResponseBody/.test(name))
    return aiFailure('ai_bad_response', `${endpoint} gave an answer that is not the expected API response`);
  if (/terminated|other side closed|socket/i.test(String((error as Error)?.message)))
    return aiFailure('ai_stream_interrupted', `${endpoint} closed the connection mid-answer`);
  return aiFailure(
    'ai_provider_error',
    clean(`${endpoint} failed: ${(error as Error)?.message ?? String(error)}`),
  );
}
