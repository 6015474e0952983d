import type { FastifyReply, FastifyRequest } from 'fastify';

/** An AbortSignal that fires when the client goes away before the response finished. */
export function clientGone(reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  // The request's own 'close' fires as soon as its body is read, so only the response can tell.
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) ac.abort();
  });
  return ac.signal;
}

/** Streams parts as server-sent events, one `data:` line each, and ends the response. */
export async function writeSse(req: FastifyRequest, reply: FastifyReply, parts: AsyncIterable<unknown>) {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-request-id': String(req.id),
    'x-accel-buffering': 'no',
  });
  for await (const part of parts) {
    if (reply.raw.destroyed) break;
    reply.raw.write(`data: ${JSON.stringify(part)}\n\n`);
  }
  reply.raw.end();
}
