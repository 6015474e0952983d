import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { anthropicRoute } from './anthropic-protocol.js';
import { openAiRoutes } from './openai-protocol.js';

export type RecordedRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
};

export type ServerState = {
  apiKey: string | null;
  models: string[];
  requests: RecordedRequest[];
  /** Requests whose client went away before the answer was complete. */
  clientAborts: number;
  failCounts: Map<string, number>;
  /** What `/v1/audio/transcriptions` says was spoken; null: "transcribed N bytes". */
  transcript: string | null;
};

/** A multipart request as recorded: its text fields (repeated ones as arrays) and file sizes. */
export type MultipartBody = { fields: Record<string, string | string[]>; files: Record<string, number> };

export type ProtocolServer = ServerState & {
  url: string;
  port: number;
  /** Graceful stop. */
  close(): Promise<void>;
  /** Dies like a killed process: every open connection is destroyed at once. */
  kill(): Promise<void>;
};

export type Handler = (
  state: ServerState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: unknown,
) => Promise<void>;

/**
 * An in-process server speaking the OpenAI (`/v1/chat/completions`, `/v1/models`, embeddings,
 * images, audio) and Anthropic (`/v1/messages`, `/v1/models` with x-api-key) protocols, JSON and
 * SSE, steered by directives in the prompt. Written for the tests: every adapter's contract suite
 * and the failover test run against it, over real HTTP.
 */
export async function startProtocolServer(
  opts: { port?: number; apiKey?: string | null; models?: string[] } = {},
): Promise<ProtocolServer> {
  const state: ServerState = {
    apiKey: opts.apiKey === undefined ? 'test-key' : opts.apiKey,
    models: opts.models ?? ['gpt-test', 'gpt-test-mini', 'claude-test'],
    requests: [],
    clientAborts: 0,
    failCounts: new Map(),
    transcript: null,
  };
  const routes: Record<string, Handler> = { ...openAiRoutes, 'POST /v1/messages': anthropicRoute };
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    let body: unknown = raw.length;
    if (type.includes('json')) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = null;
      }
    } else if (type.includes('multipart/form-data')) {
      body = await multipartBody(raw, type);
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    state.requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    res.on('close', () => {
      if (!res.writableEnded) state.clientAborts++;
    });
    const route = routes[`${req.method} ${path}`];
    if (!route) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'no such route' } }));
      return;
    }
    try {
      await route(state, req, res, body);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500).end(String(e));
      else res.destroy();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const stop = (destroy: boolean) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) destroy ? s.destroy() : s.end();
      server.closeAllConnections();
    });
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    close: () => stop(false),
    kill: () => stop(true),
  });
}

async function multipartBody(raw: Buffer, type: string): Promise<MultipartBody | null> {
  try {
    const form = await new Request('http://test/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const out: MultipartBody = { fields: {}, files: {} };
    for (const [name, value] of form) {
      if (typeof value !== 'string') out.files[name] = value.size;
      else if (name.endsWith('[]')) out.fields[name] = [...((out.fields[name] as string[]) ?? []), value];
      else out.fields[name] = value;
    }
    return out;
  } catch {
    return null;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Applies the directives every protocol shares; returns true when the response is already sent. */
export async function commonFaults(
  state: ServerState,
  res: http.ServerResponse,
  d: import('./directives.js').Directives,
  errorBody: (code: number, message: string) => unknown,
): Promise<boolean> {
  const fail = (code: number, headers: Record<string, string> = {}) => {
    res
      .writeHead(code, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(errorBody(code, `test failure ${code}`)));
    return true;
  };
  if (d.hang) {
    await new Promise((r) => res.once('close', r));
    return true;
  }
  if (d.failFirst) {
    const n = state.failCounts.get(d.failFirst.key) ?? 0;
    state.failCounts.set(d.failFirst.key, n + 1);
    if (n < d.failFirst.times) return fail(d.failFirst.code);
  }
  if (d.status) return fail(d.status.code, d.status.retryAfter ? { 'retry-after': d.status.retryAfter } : {});
  if (d.nonJson) {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome to nginx!</body></html>');
    return true;
  }
  if (d.wrongShape) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hello: 'world' }));
    return true;
  }
  return false;
}

/** Writes SSE frames with the directives' delay, cut and truncation applied. */
export async function writeSse(
  res: http.ServerResponse,
  d: import('./directives.js').Directives,
  frames: { event?: string; data: string; content?: boolean }[],
): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
  if (d.slowMs) await sleep(d.slowMs);
  let sent = 0;
  for (const f of frames) {
    if (res.destroyed) return;
    if (f.content) {
      if (d.cutAfter !== undefined && sent >= d.cutAfter) {
        // Let what was written reach the client first: a cut *mid-answer*, after some text.
        await sleep(30);
        res.socket?.destroy();
        return;
      }
      if (d.truncateAfter !== undefined && sent >= d.truncateAfter) {
        res.end();
        return;
      }
      sent++;
    }
    res.write(`${f.event ? `event: ${f.event}\n` : ''}data: ${f.data}\n\n`);
  }
  res.end();
}
