import { APICallError } from 'ai';
import { AiError, aiFailure } from '../../ai.errors.js';
import type { FetchFn } from './http-client.js';
import { mapSdkError } from './map-sdk-error.js';

/** `GET {baseUrl}/models`, the listing OpenAI, OpenAI-compatible servers and Anthropic all offer. */
export async function listModelsOver(
  fetch: FetchFn,
  opts: { baseUrl: string; headers: Record<string, string>; endpoint: string; apiKey: string | null },
  signal: AbortSignal,
): Promise<string[]> {
  const url = `${opts.baseUrl.replace(/\/+$/, '')}/models`;
  let res: Response;
  let body: string;
  try {
    res = await fetch(url, { headers: opts.headers, signal });
    body = await res.text();
  } catch (error) {
    throw new AiError(mapSdkError(error, opts.endpoint, [opts.apiKey]));
  }
  const headers = Object.fromEntries(res.headers.entries());
  if (!res.ok) {
    const failure = mapSdkError(
      new APICallError({
        message: `HTTP ${res.status}`,
        url,
        requestBodyValues: {},
        statusCode: res.status,
        responseHeaders: headers,
        responseBody: body,
      }),
      opts.endpoint,
      [opts.apiKey],
    );
    throw new AiError(failure);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new AiError(
      aiFailure(
        'ai_bad_response',
        `${opts.endpoint} answered with something that is not JSON — is the base URL the API's?`,
        { retryable: false },
      ),
    );
  }
  const data = (json as { data?: unknown }).data ?? (json as { models?: unknown }).models;
  if (!Array.isArray(data))
    throw new AiError(
      aiFailure('ai_bad_response', `${opts.endpoint} answered /models without a model list`, {
        retryable: false,
      }),
    );
  return data
    .map((m) =>
      typeof m === 'string'
        ? m
        : ((m as { id?: unknown; name?: unknown })?.id ?? (m as { name?: unknown })?.name),
    )
    .filter((id): id is string => typeof id === 'string');
}
