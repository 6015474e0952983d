import { chunksOf, parseDirectives } from './directives.js';
import { lastUserText, promptTokens } from './openai-protocol.js';
import { commonFaults, type Handler, sleep, writeSse } from './protocol-server.js';

type MessagesBody = {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: unknown }[];
  tools?: { name: string }[];
  tool_choice?: { type: string; name?: string };
};

const TYPES: Record<number, string> = {
  401: 'authentication_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};
const errorBody = (code: number, message: string) => ({
  type: 'error',
  error: { type: TYPES[code] ?? 'api_error', message },
});

/** Anthropic's Messages API, JSON and SSE, with the same directives as the OpenAI routes. */
export const anthropicRoute: Handler = async (state, req, res, raw) => {
  if (state.apiKey !== null && req.headers['x-api-key'] !== state.apiKey) {
    res
      .writeHead(401, { 'content-type': 'application/json' })
      .end(JSON.stringify(errorBody(401, `invalid x-api-key ${String(req.headers['x-api-key'])}`)));
    return;
  }
  const body = (raw ?? {}) as MessagesBody;
  const model = body.model ?? '';
  if (!state.models.includes(model)) {
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify(errorBody(404, `model: ${model}`)));
    return;
  }
  const d = parseDirectives(lastUserText(body.messages));
  if (await commonFaults(state, res, d, errorBody)) return;
  // Structured output through a forced tool (what the AI SDK does for models without native JSON).
  const forced = body.tool_choice?.type === 'tool' ? body.tool_choice.name : undefined;
  const tool = d.tool ?? (forced ? { name: forced, input: d.reply ?? '{}' } : undefined);
  const text = tool ? '' : (d.reply ?? `Echo: ${d.rest}`);
  const usage = { input_tokens: promptTokens(body.messages), output_tokens: Math.ceil(text.length / 4) };
  const stop = tool ? 'tool_use' : 'end_turn';
  const toolBlock = tool && {
    type: 'tool_use',
    id: 'toolu_1',
    name: tool.name,
    input: JSON.parse(tool.input),
  };
  const message = { id: 'msg_test', type: 'message', role: 'assistant', model };
  if (!body.stream) {
    if (d.slowMs) await sleep(d.slowMs);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        ...message,
        content: toolBlock ? [toolBlock] : [{ type: 'text', text }],
        stop_reason: stop,
        stop_sequence: null,
        usage,
      }),
    );
    return;
  }
  const ev = (event: string, data: unknown, content = false) => ({
    event,
    data: JSON.stringify(data),
    content,
  });
  const frames = [
    ev('message_start', {
      type: 'message_start',
      message: {
        ...message,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...usage, output_tokens: 0 },
      },
    }),
    ...(toolBlock
      ? [
          ev('content_block_start', {
            type: 'content_block_start',
            index: 0,
            content_block: { ...toolBlock, input: {} },
          }),
          ev(
            'content_block_delta',
            {
              type: 'content_block_delta',
              index: 0,
              delta: { type: 'input_json_delta', partial_json: tool?.input },
            },
            true,
          ),
        ]
      : [
          ev('content_block_start', {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'text', text: '' },
          }),
          ...chunksOf(text).map((t) =>
            ev(
              'content_block_delta',
              { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: t } },
              true,
            ),
          ),
        ]),
    ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
    ev('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: stop, stop_sequence: null },
      usage: { output_tokens: usage.output_tokens },
    }),
    ev('message_stop', { type: 'message_stop' }),
  ];
  await writeSse(res, d, frames);
};
