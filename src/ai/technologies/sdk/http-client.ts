import { Agent, fetch as undiciFetch } from 'undici';

export type FetchFn = typeof globalThis.fetch;

/**
 * A fetch with its own connection pool and a connect timeout, so that an unreachable host fails in
 * seconds rather than after the operating system's TCP timeout. Headers and body have no undici
 * timeout: the router owns first-token and total timeouts.
 */
export function makeFetch(connectTimeoutMs: number): { fetch: FetchFn; close: () => Promise<void> } {
  const agent = new Agent({ connect: { timeout: connectTimeoutMs }, headersTimeout: 0, bodyTimeout: 0 });
  const fetch = (async (input: Parameters<FetchFn>[0], init?: Parameters<FetchFn>[1]) => {
    const res = await undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...((await withEncodedForm(init)) as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    });
    checkContentType(String(input), init, res.ok, res.headers.get('content-type') ?? '');
    return res;
  }) as unknown as FetchFn;
  return { fetch, close: () => agent.close() };
}

/**
 * The undici package does not recognise Node's global FormData (the SDK builds transcription
 * requests with it) and would send "[object FormData]"; encode it here, boundary and all.
 */
async function withEncodedForm(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  if (!(init?.body instanceof FormData)) return init;
  const encoded = new Response(init.body);
  const headers = new Headers(init.headers);
  headers.set('content-type', encoded.headers.get('content-type') ?? 'multipart/form-data');
  return { ...init, headers, body: new Uint8Array(await encoded.arrayBuffer()) };
}

/** Raised when a model endpoint answers 2xx with something that is not its protocol. */
export class WrongContentTypeError extends Error {
  override name = 'WrongContentTypeError';
}

/**
 * A web server or proxy at the wrong base URL answers 200 with HTML; a server that ignores
 * `stream: true` answers JSON. Either would otherwise look like an empty, "finished" answer.
 */
function checkContentType(url: string, init: RequestInit | undefined, ok: boolean, type: string): void {
  if (!ok || !/\/(chat\/completions|messages)$/.test(new URL(url).pathname)) return;
  const streaming = typeof init?.body === 'string' && /"stream"\s*:\s*true/.test(init.body);
  const expected = streaming ? 'text/event-stream' : 'json';
  if (!type.includes(expected))
    throw new WrongContentTypeError(
      `answered ${type || 'without a content type'} where ${expected} was expected`,
    );
}
