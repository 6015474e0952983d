import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import type { DbOrTx } from '../../store/database.js';
import { toAppError } from '../ai.errors.js';
import type { AiRuntime } from '../ai-runtime.js';
import { resolveChain } from '../settings/resolve-chain.js';
import type { StreamPart, TextRequest } from '../technology.js';
import { AiRequestIn, type AiResultOut } from './ai-request.schema.js';

async function prepare(db: DbOrTx, ai: AiRuntime, actor: Actor, input: AiRequestIn) {
  const data = AiRequestIn.parse(input);
  const chain = await resolveChain(db, ai, actor, data.surface, data.technologyId);
  const common = { model: data.model, temperature: data.temperature, maxOutputTokens: data.maxOutputTokens };
  const request: TextRequest = data.task
    ? { ...common, task: data.task }
    : { ...common, messages: data.messages ?? [], tools: data.tools, jsonSchema: data.jsonSchema };
  return { chain, request, stream: data.stream };
}

/**
 * One AI request from a surface, streamed. Issue 4's governance pipeline wraps this entry point
 * (enablement, consent, limits, masking, provenance, audit); until then it only routes.
 */
export async function streamAiRequest(
  db: DbOrTx,
  ai: AiRuntime,
  actor: Actor,
  input: AiRequestIn,
  signal: AbortSignal,
): Promise<AsyncGenerator<StreamPart>> {
  const { chain, request } = await prepare(db, ai, actor, input);
  return ai.router.stream(chain, request, signal);
}

/** The same request answered at once; a failure is thrown as its AppError code. */
export async function runAiRequest(
  db: DbOrTx,
  ai: AiRuntime,
  actor: Actor,
  input: AiRequestIn,
  signal: AbortSignal,
): Promise<z.infer<typeof AiResultOut>> {
  const { chain, request } = await prepare(db, ai, actor, input);
  const r = await ai.router.generate(chain, request, signal);
  if (!r.ok) throw toAppError(r.error);
  const start = r.parts.find((p) => p.type === 'start');
  return {
    technologyId: start?.type === 'start' ? start.technologyId : '',
    kind: start?.type === 'start' ? start.kind : '',
    model: start?.type === 'start' ? start.model : '',
    text: r.text,
    ...(r.finish.output !== undefined ? { output: r.finish.output } : {}),
    toolCalls: r.parts.flatMap((p) =>
      p.type === 'tool-call' ? [{ toolCallId: p.toolCallId, toolName: p.toolName, input: p.input }] : [],
    ),
    finishReason: r.finish.reason,
    usage: r.finish.usage,
    costUsd: r.finish.costUsd ?? null,
  };
}
