import { jsonSchema, type LanguageModel, type ModelMessage, Output, streamText, tool } from 'ai';
import { aiFailure } from '../../ai.errors.js';
import { parseTaskAnswer, promptForTask } from '../../tasks/prompt-for-task.js';
import type {
  CallOptions,
  ChatMessage,
  StreamPart,
  TechnologyConfig,
  TextRequest,
  ToolSpec,
} from '../../technology.js';
import { mapSdkError } from './map-sdk-error.js';

function toModelMessages(messages: ChatMessage[]): ModelMessage[] {
  return messages.map((m): ModelMessage => {
    if (m.role === 'tool')
      return {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: m.toolCallId,
            toolName: m.toolName,
            output: { type: 'text', value: m.content },
          },
        ],
      };
    if (m.role === 'assistant' && m.toolCalls?.length)
      return {
        role: 'assistant',
        content: [
          ...(m.content ? [{ type: 'text' as const, text: m.content }] : []),
          ...m.toolCalls.map((c) => ({ type: 'tool-call' as const, ...c })),
        ],
      };
    return { role: m.role, content: m.content };
  });
}

// The SDK's warnings go to console.warn, outside the server's structured log; the ones it gives
// (unknown model ids of compatible servers, settings a provider ignores) are not actionable here.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** System instructions go in the SDK's `system` option, the conversation in `messages`. */
function splitSystem(messages: ChatMessage[]): { system?: string; messages: ModelMessage[] } {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  return {
    ...(system.length ? { system: system.join('\n\n') } : {}),
    messages: toModelMessages(messages.filter((m) => m.role !== 'system')),
  };
}

const toTools = (specs: ToolSpec[]) =>
  Object.fromEntries(
    specs.map((s) => [s.name, tool({ description: s.description, inputSchema: jsonSchema(s.inputSchema) })]),
  );

const FINISH = {
  stop: 'stop',
  length: 'length',
  'tool-calls': 'tool-calls',
  'content-filter': 'content-filter',
} as const;

/**
 * Streams one request through an AI SDK language model and normalizes the parts. Owns the
 * first-token timeout; the caller's signal (client gone, total timeout) cancels the HTTP request.
 */
export async function* sdkTextStream(
  model: LanguageModel,
  config: TechnologyConfig,
  modelId: string,
  request: TextRequest,
  options: CallOptions,
): AsyncGenerator<StreamPart> {
  const endpoint = `${config.name} (${config.baseUrl ?? config.kind})`;
  const secrets = [config.apiKey];
  const asked = request.task ? promptForTask(request.task) : request;
  const schema = asked.jsonSchema;
  const tools = request.task ? undefined : request.tools;
  const local = new AbortController();
  let timedOut = false;
  const onAbort = () => local.abort(options.signal.reason);
  options.signal.addEventListener('abort', onAbort, { once: true });
  const firstTimer = setTimeout(() => {
    timedOut = true;
    local.abort(new Error('first token timeout'));
  }, options.firstTokenTimeoutMs);

  yield { type: 'start', technologyId: config.id, kind: config.kind, model: modelId };
  let text = '';
  try {
    const result = streamText({
      model,
      ...splitSystem(asked.messages ?? []),
      ...(tools?.length ? { tools: toTools(tools) } : {}),
      ...(schema ? { output: Output.object({ schema: jsonSchema(schema) }) } : {}),
      temperature: request.temperature,
      maxOutputTokens: request.maxOutputTokens,
      abortSignal: local.signal,
      maxRetries: 0,
      onError: () => {},
    });
    for await (const part of result.fullStream) {
      switch (part.type) {
        case 'text-delta':
          clearTimeout(firstTimer);
          if (!part.text) break;
          text += part.text;
          yield { type: 'text-delta', text: part.text };
          break;
        case 'tool-call':
          clearTimeout(firstTimer);
          yield {
            type: 'tool-call',
            toolCallId: part.toolCallId,
            toolName: part.toolName,
            input: part.input,
          };
          break;
        case 'error':
          yield { type: 'error', error: mapSdkError(part.error, endpoint, secrets) };
          return;
        case 'abort':
          yield {
            type: 'error',
            error: timedOut
              ? aiFailure('ai_timeout', `${endpoint} sent nothing within ${options.firstTokenTimeoutMs} ms`)
              : aiFailure('ai_cancelled', 'the request was cancelled'),
          };
          return;
        case 'finish': {
          // A provider that closes the stream without saying why it stopped was cut off.
          if (part.rawFinishReason === undefined || part.finishReason === 'error') {
            yield {
              type: 'error',
              error: aiFailure('ai_stream_interrupted', `${endpoint} ended the answer without finishing it`),
            };
            return;
          }
          let output: unknown;
          if (request.task) {
            const parsed = parseTaskAnswer(request.task, text);
            if (!parsed.ok) {
              yield { type: 'error', error: aiFailure('ai_bad_response', `${endpoint}: ${parsed.reason}`) };
              return;
            }
            output = parsed.output;
          } else if (schema) {
            try {
              output = JSON.parse(text);
            } catch {
              yield {
                type: 'error',
                error: aiFailure('ai_bad_response', `${endpoint} did not answer with JSON`),
              };
              return;
            }
          }
          const u = part.totalUsage;
          yield {
            type: 'finish',
            reason: part.finishReason === 'other' ? 'other' : FINISH[part.finishReason],
            usage: {
              inputTokens: u.inputTokens ?? 0,
              outputTokens: u.outputTokens ?? 0,
              estimated: u.inputTokens === undefined || u.outputTokens === undefined,
            },
            ...(output !== undefined ? { output } : {}),
          };
          return;
        }
        default:
          break;
      }
    }
    yield {
      type: 'error',
      error: aiFailure('ai_stream_interrupted', `${endpoint} ended the answer without finishing it`),
    };
  } catch (error) {
    yield {
      type: 'error',
      error: local.signal.aborted
        ? timedOut
          ? aiFailure('ai_timeout', `${endpoint} sent nothing within ${options.firstTokenTimeoutMs} ms`)
          : aiFailure('ai_cancelled', 'the request was cancelled')
        : mapSdkError(error, endpoint, secrets),
    };
  } finally {
    clearTimeout(firstTimer);
    options.signal.removeEventListener('abort', onAbort);
    if (!local.signal.aborted) local.abort();
  }
}
