import { ApiError } from '../api/client';
import type { StreamPart } from './copilot-types';

/** An answer as it streams in: its text so far, and once finished the content id and label it keeps. */
export type StreamState = {
  text: string;
  notice: string | null;
  contentId: string | null;
  label: string | null;
  error: { code: string; message: string } | null;
  running: boolean;
};

export const streaming = (): StreamState => ({
  text: '',
  notice: null,
  contentId: null,
  label: null,
  error: null,
  running: true,
});

export function applyPart(s: StreamState, part: StreamPart): StreamState {
  switch (part.type) {
    case 'text-delta':
      return { ...s, text: s.text + part.text };
    case 'finish':
      return { ...s, text: part.text, contentId: part.contentId, label: part.label, running: false };
    case 'notice':
      return { ...s, notice: part.text, running: false };
    case 'error':
      return { ...s, error: part.error, running: false };
    default:
      return s;
  }
}

/** A failure before the stream started (422 capability_unsupported, 409 consent_required, …) or a lost connection. */
export const failed = (s: StreamState, err: unknown): StreamState => ({
  ...s,
  running: false,
  error:
    err instanceof ApiError
      ? { code: err.code, message: err.message }
      : { code: 'unknown', message: 'CoPilot could not answer. Try again.' },
});

export const isAbort = (err: unknown) => (err as Error)?.name === 'AbortError';

/** The stream ended without a finish, a notice or an error part: the answer was cut off on the way. */
export const ended = (s: StreamState): StreamState =>
  s.running
    ? {
        ...s,
        running: false,
        error: {
          code: 'stream_incomplete',
          message: 'The answer was cut off before it finished. Try again.',
        },
      }
    : s;
