import type http from 'node:http';
import { chunksOf, parseDirectives } from './directives.js';
import {
  commonFaults,
  type Handler,
  type MultipartBody,
  type ServerState,
  sleep,
  writeSse,
} from './protocol-server.js';

type ChatBody = {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: unknown }[];
  tools?: unknown[];
  response_format?: { type: string };
};

const errorBody = (code: number, message: string) => ({
  error: {
    message,
    type: code === 401 ? 'invalid_request_error' : 'server_error',
    code: code === 401 ? 'invalid_api_key' : null,
  },
});

function authorized(state: ServerState, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (state.apiKey === null || req.headers.authorization === `Bearer ${state.apiKey}`) return true;
  res
    .writeHead(401, { 'content-type': 'application/json' })
    // Like OpenAI, echo the key that was sent: adapters must keep it out of their messages.
    .end(
      JSON.stringify(
        errorBody(401, `Incorrect API key provided: ${req.headers.authorization?.slice(7) ?? ''}`),
      ),
    );
  return false;
}

const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((p) => (p as { text?: string }).text ?? '').join('')
      : '';

export const lastUserText = (messages: { role: string; content: unknown }[] | undefined): string =>
  textOf([...(messages ?? [])].reverse().find((m) => m.role === 'user')?.content);

export const promptTokens = (messages: { content: unknown }[] | undefined) =>
  Math.ceil((messages ?? []).reduce((n, m) => n + JSON.stringify(m.content ?? '').length, 0) / 4);

const chat: Handler = async (state, req, res, raw) => {
  if (!authorized(state, req, res)) return;
  const body = (raw ?? {}) as ChatBody;
  const model = body.model ?? '';
  if (!state.models.includes(model)) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        error: {
          message: `The model \`${model}\` does not exist`,
          type: 'invalid_request_error',
          code: 'model_not_found',
        },
      }),
    );
    return;
  }
  const d = parseDirectives(lastUserText(body.messages));
  if (await commonFaults(state, res, d, errorBody)) return;
  const text = d.tool ? '' : (d.reply ?? `Echo: ${d.rest}`);
  const usage = { prompt_tokens: promptTokens(body.messages), completion_tokens: Math.ceil(text.length / 4) };
  const finish = d.tool ? 'tool_calls' : 'stop';
  const toolCall = d.tool && {
    id: 'call_1',
    type: 'function',
    function: { name: d.tool.name, arguments: d.tool.input },
  };
  const base = { id: 'chatcmpl-test', created: 1_700_000_000, model };
  if (!body.stream) {
    if (d.slowMs) await sleep(d.slowMs);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: text || null,
              ...(toolCall ? { tool_calls: [toolCall] } : {}),
            },
            finish_reason: finish,
          },
        ],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      }),
    );
    return;
  }
  const chunk = (delta: unknown, finishReason: string | null = null) =>
    JSON.stringify({
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    });
  const frames = [
    { data: chunk({ role: 'assistant', content: '' }) },
    ...chunksOf(text).map((t) => ({ data: chunk({ content: t }), content: true })),
    ...(toolCall ? [{ data: chunk({ tool_calls: [{ index: 0, ...toolCall }] }), content: true }] : []),
    { data: chunk({}, finish) },
    {
      data: JSON.stringify({
        ...base,
        object: 'chat.completion.chunk',
        choices: [],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      }),
    },
    { data: '[DONE]' },
  ];
  await writeSse(res, d, frames);
};

const json = (res: http.ServerResponse, body: unknown) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** Whisper's verbose_json: a segment per sentence, 0.4 s a word, and the words when asked for. */
function verboseTranscription(text: string, withWords: boolean) {
  const sentences =
    text
      .match(/[^.!?]+[.!?]*/g)
      ?.map((x) => x.trim())
      .filter(Boolean) ?? [];
  let t = 0;
  const words: { word: string; start: number; end: number }[] = [];
  const segments = sentences.map((sentence, id) => {
    const start = t;
    for (const word of sentence.split(/\s+/)) {
      words.push({ word: word.replace(/[.,!?]/g, ''), start: t, end: t + 0.35 });
      t = Math.round((t + 0.4) * 100) / 100;
    }
    const end = t;
    t += 0.6;
    return {
      id,
      seek: 0,
      start,
      end,
      text: ` ${sentence}`,
      tokens: [],
      temperature: 0,
      avg_logprob: -0.2,
      compression_ratio: 1,
      no_speech_prob: 0,
    };
  });
  return {
    task: 'transcribe',
    text,
    language: 'english',
    duration: t,
    segments,
    ...(withWords ? { words } : {}),
  };
}

/** A 1×1 transparent PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const openAiRoutes: Record<string, Handler> = {
  'POST /v1/chat/completions': chat,
  'GET /v1/models': async (state, req, res) => {
    if (req.headers['x-api-key'] !== undefined) {
      // Anthropic's listing, told apart by its auth header.
      if (state.apiKey !== null && req.headers['x-api-key'] !== state.apiKey) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            type: 'error',
            error: { type: 'authentication_error', message: 'invalid x-api-key' },
          }),
        );
        return;
      }
      json(res, { data: state.models.map((id) => ({ id, type: 'model' })), has_more: false });
      return;
    }
    if (!authorized(state, req, res)) return;
    json(res, {
      object: 'list',
      data: state.models.map((id) => ({ id, object: 'model', owned_by: 'test' })),
    });
  },
  'POST /v1/embeddings': async (state, req, res, raw) => {
    if (!authorized(state, req, res)) return;
    const input = (raw as { input?: string | string[] })?.input ?? [];
    const values = Array.isArray(input) ? input : [input];
    json(res, {
      object: 'list',
      data: values.map((v, index) => ({
        object: 'embedding',
        index,
        embedding: [v.length, v.split(' ').length, 1],
      })),
      model: 'embed-test',
      usage: { prompt_tokens: 1, total_tokens: 1 },
    });
  },
  'POST /v1/images/generations': async (state, req, res) => {
    if (!authorized(state, req, res)) return;
    json(res, { created: 1_700_000_000, data: [{ b64_json: PNG }] });
  },
  'POST /v1/audio/transcriptions': async (state, req, res, raw) => {
    if (!authorized(state, req, res)) return;
    const form = raw as MultipartBody | null;
    const text = state.transcript ?? `transcribed ${form?.files.file ?? 0} bytes`;
    const format = form?.fields.response_format;
    if (format === 'json' || format === 'text') {
      if (format === 'text') res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
      else json(res, { text });
      return;
    }
    const granularities = [form?.fields['timestamp_granularities[]'] ?? []].flat();
    json(res, verboseTranscription(text, granularities.includes('word')));
  },
};
