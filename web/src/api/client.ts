/** One error shape for every failed call: the server's `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds to wait, from Retry-After (login throttling). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** Per-field messages from a validation error, keyed by the body field (`body.amount` → `amount`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!Array.isArray(this.details)) return out;
    for (const d of this.details as { path?: unknown; message?: unknown }[]) {
      if (typeof d?.path !== 'string' || typeof d.message !== 'string') continue;
      const field = d.path.replace(/^(body|querystring|params)\.?/, '');
      if (field && !out[field]) out[field] = d.message;
    }
    return out;
  }
}

export const isApiError = (e: unknown, code?: string): e is ApiError =>
  e instanceof ApiError && (code === undefined || e.code === code);

let csrfToken: string | undefined;
let unauthenticated: () => void = () => {};

/** The CSRF token from the last login or session answer; sent as X-CSRF-Token on every write. */
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};
/** Called when the server says the session is gone (401 unauthenticated). */
export const onUnauthenticated = (fn: () => void) => {
  unauthenticated = fn;
};

type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** `?a=1&b=x,y`, leaving out empty values; arrays are comma-separated as the API expects. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type Options = { query?: Query; body?: unknown; raw?: Blob | File; signal?: AbortSignal };

async function send(method: string, path: string, opts: Options): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (opts.raw) {
    body = opts.raw;
    headers['content-type'] = opts.raw.type || 'application/octet-stream';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  try {
    return await fetch(`/api${path}${queryString(opts.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'Cannot reach the server. Check your connection and try again.');
  }
}

async function toError(res: Response): Promise<ApiError> {
  const retry = Number(res.headers.get('retry-after'));
  try {
    const { error } = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
    return new ApiError(res.status, error.code, error.message, error.details, retry || undefined);
  } catch {
    return new ApiError(
      res.status,
      'http_error',
      `The server answered ${res.status} ${res.statusText}`.trim(),
    );
  }
}

async function refreshCsrf(): Promise<boolean> {
  const res = await send('GET', '/auth/session', {});
  if (!res.ok) return false;
  setCsrfToken(((await res.json()) as { csrfToken: string }).csrfToken);
  return true;
}

/** Calls the API under /api. Resolves with the JSON answer (undefined for 204); rejects with ApiError. */
export async function api<T>(method: string, path: string, opts: Options = {}): Promise<T> {
  let res = await send(method, path, opts);
  if (!res.ok) {
    let error = await toError(res);
    // A token can go stale (another tab signed in again); fetch a fresh one and retry once.
    if (error.code === 'csrf_invalid' && !opts.raw && (await refreshCsrf())) {
      res = await send(method, path, opts);
      if (res.ok) return parse<T>(res);
      error = await toError(res);
    }
    if (error.code === 'unauthenticated') unauthenticated();
    throw error;
  }
  return parse<T>(res);
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  api<T>('GET', path, { query, signal });
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, { body });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body });
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, { body });
export const del = (path: string) => api<void>('DELETE', path);

/**
 * POSTs and reads a server-sent-events answer, calling `onPart` for each `data:` line. An error
 * before the stream starts rejects with its ApiError, like any call.
 */
export async function streamParts<P>(
  path: string,
  body: unknown,
  onPart: (part: P) => void,
  signal?: AbortSignal,
): Promise<void> {
  const res = await send('POST', path, { body, signal });
  if (!res.ok) {
    const error = await toError(res);
    if (error.code === 'unauthenticated') unauthenticated();
    throw error;
  }
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) return;
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (frame.startsWith('data: ')) onPart(JSON.parse(frame.slice(6)) as P);
      end = buffer.indexOf('\n\n');
    }
  }
}
