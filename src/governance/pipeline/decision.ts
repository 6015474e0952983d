import type { ErrorCode } from '../../shared/errors.js';

/** What a stage decides. A stage that throws is turned into a deny (`policy_error`): fail closed. */
export type Decision<T> =
  | { decision: 'allow' }
  | { decision: 'deny'; code: ErrorCode; message: string; details?: unknown; retryAfterMs?: number }
  | { decision: 'needs_human'; reason: string; category: string }
  | { decision: 'transform'; value: T; reason: string };

export const allow = { decision: 'allow' } as const;

export const deny = (
  code: ErrorCode,
  message: string,
  extra: { details?: unknown; retryAfterMs?: number } = {},
): Decision<never> => ({ decision: 'deny', code, message, ...extra });

/** A stage that threw: denied, so a broken policy never lets a request through (fail closed). */
export function failClosed(
  name: string,
  error: unknown,
  log: (name: string, error: unknown) => void,
): Decision<never> {
  log(name, error);
  return deny(
    'policy_error',
    `The ${name.replace('_', ' ')} check failed; the request was stopped to be safe`,
  );
}
