import type { z } from 'zod';
import type { TextRequest } from '../../ai/technology.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Governance } from '../governance-runtime.js';
import type { GovernedRequest } from '../pipeline/governed-request.js';
import { type GovernedFinish, type GovernedPart, invokeGoverned } from '../pipeline/invoke-governed.js';
import { prepareRequest } from '../pipeline/prepare-request.js';
import { AiRequestIn, type AiResultOut } from './ai-request.schema.js';

/** A user's request from the API, as the pipeline's request. */
export function toGovernedRequest(actor: Actor, input: AiRequestIn): GovernedRequest {
  const data = AiRequestIn.parse(input);
  const common = { model: data.model, temperature: data.temperature, maxOutputTokens: data.maxOutputTokens };
  const text: TextRequest = data.task
    ? { ...common, task: data.task }
    : { ...common, messages: data.messages ?? [], tools: data.tools, jsonSchema: data.jsonSchema };
  return {
    id: newId(),
    accountId: actor.accountId,
    userId: actor.userId,
    initiator: { type: 'user', userId: actor.userId },
    surface: data.surface,
    technologyId: data.technologyId,
    text,
    scopeId: data.conversationId ? `conversation:${actor.userId}:${data.conversationId}` : undefined,
  };
}

/**
 * The one door for AI requests: every stage runs before the model is called, and a denial is
 * thrown (as its AppError) before anything is sent. Returns the stream of the governed answer.
 */
export async function streamGovernedRequest(
  g: Governance,
  req: GovernedRequest,
  signal: AbortSignal,
): Promise<AsyncGenerator<GovernedPart>> {
  const prepared = await prepareRequest(g, req);
  return invokeGoverned(g, prepared, signal, false);
}

/** The same, answered at once; a failure is thrown with its code. */
export async function runGovernedRequest(
  g: Governance,
  req: GovernedRequest,
  signal: AbortSignal,
): Promise<z.infer<typeof AiResultOut>> {
  const prepared = await prepareRequest(g, req);
  let start: Extract<GovernedPart, { type: 'start' }> | undefined;
  let finish: GovernedFinish | undefined;
  const toolCalls: { toolCallId: string; toolName: string; input: unknown }[] = [];
  for await (const part of invokeGoverned(g, prepared, signal, true)) {
    if (part.type === 'start') start = part;
    else if (part.type === 'tool-call')
      toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
    else if (part.type === 'error')
      throw new AppError(
        part.error.code,
        part.error.message,
        part.error.attempts ? { attempts: part.error.attempts } : undefined,
        part.error.retryAfterMs
          ? { 'retry-after': String(Math.ceil(part.error.retryAfterMs / 1000)) }
          : undefined,
      );
    else if (part.type === 'finish') finish = part;
  }
  if (!finish) throw new AppError('ai_unavailable', 'No answer');
  return {
    requestId: finish.requestId,
    contentId: finish.contentId,
    label: finish.label,
    advisory: finish.advisory,
    technologyId: start?.technologyId ?? '',
    kind: start?.kind ?? '',
    model: start?.model ?? '',
    text: finish.text,
    ...(finish.output !== undefined ? { output: finish.output } : {}),
    toolCalls,
    finishReason: finish.reason,
    usage: finish.usage,
    costUsd: finish.costUsd ?? null,
  };
}
