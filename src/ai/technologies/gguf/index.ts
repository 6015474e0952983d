import fs from 'node:fs';
import { AiError, aiFailure } from '../../ai.errors.js';
import { parseTaskAnswer, promptForTask } from '../../tasks/prompt-for-task.js';
import { AI_TASKS, type Capabilities, type StreamPart, type TechnologyFactory } from '../../technology.js';
import { estimateTokens } from '../local/index.js';

const capabilities: Capabilities = {
  generative: true,
  text: { chat: true, streaming: true, tools: false, jsonSchema: false, tasks: AI_TASKS },
  image: false,
  audio: false,
  embed: false,
  remote: false,
};

/** The slice of node-llama-cpp used here; the package is optional, so it is typed locally. */
type LlamaModule = {
  getLlama(o: { build: 'never' }): Promise<{ loadModel(o: { modelPath: string }): Promise<LlamaModel> }>;
  LlamaChatSession: new (o: {
    contextSequence: unknown;
    systemPrompt?: string;
  }) => {
    prompt(
      text: string,
      o: { signal: AbortSignal; onTextChunk(t: string): void; maxTokens?: number },
    ): Promise<string>;
  };
};
type LlamaModel = {
  createContext(): Promise<{ getSequence(): unknown; dispose(): Promise<void> }>;
  dispose(): Promise<void>;
};

const PACKAGE = 'node-llama-cpp';

async function loadModule(): Promise<LlamaModule> {
  try {
    return (await import(PACKAGE)) as LlamaModule;
  } catch {
    throw new AiError(
      aiFailure(
        'ai_module_missing',
        'GGUF models need the optional package: run `npm i -E node-llama-cpp@3.21.1` in the Cohelm folder, then restart.',
      ),
    );
  }
}

/**
 * A GGUF model file run in-process by node-llama-cpp (prebuilt binaries only: `build: "never"`).
 * The technology's base URL is the model file's path. Loaded on first use, kept until closed.
 */
export const ggufTechnology: TechnologyFactory = {
  kind: 'gguf',
  label: 'GGUF model file (in-process)',
  capabilities,
  needsBaseUrl: true,
  needsApiKey: false,
  defaultBaseUrl: null,
  create(config) {
    const modelPath = (config.baseUrl ?? '').replace(/^file:\/\//, '');
    let model: Promise<{ mod: LlamaModule; model: LlamaModel }> | null = null;
    const load = () => {
      model ??= (async () => {
        if (!modelPath || !fs.existsSync(modelPath))
          throw new AiError(
            aiFailure('ai_model_not_found', `no GGUF model file at ${modelPath || '(empty path)'}`),
          );
        const mod = await loadModule();
        const llama = await mod.getLlama({ build: 'never' });
        return { mod, model: await llama.loadModel({ modelPath }) };
      })();
      model.catch(() => {
        model = null;
      });
      return model;
    };
    return {
      config,
      capabilities,
      async *stream(request, options): AsyncGenerator<StreamPart> {
        if (request.tools?.length) {
          yield {
            type: 'error',
            error: aiFailure('capability_unsupported', 'GGUF models here cannot call tools'),
          };
          return;
        }
        let loaded: Awaited<ReturnType<typeof load>>;
        try {
          loaded = await load();
        } catch (e) {
          yield {
            type: 'error',
            error: e instanceof AiError ? e.failure : aiFailure('ai_provider_error', String(e)),
          };
          return;
        }
        const asked = request.task ? promptForTask(request.task) : request;
        const messages = asked.messages ?? [];
        const system = messages
          .filter((m) => m.role === 'system')
          .map((m) => m.content)
          .join('\n');
        const prompt = messages
          .filter((m) => m.role !== 'system')
          .map((m) => m.content)
          .join('\n\n');
        yield { type: 'start', technologyId: config.id, kind: 'gguf', model: modelPath };
        const ctx = await loaded.model.createContext();
        const chunks: string[] = [];
        try {
          const session = new loaded.mod.LlamaChatSession({
            contextSequence: ctx.getSequence(),
            systemPrompt: system,
          });
          const text = await session.prompt(prompt, {
            signal: options.signal,
            maxTokens: request.maxOutputTokens,
            onTextChunk: (t) => chunks.push(t),
          });
          for (const c of chunks) yield { type: 'text-delta', text: c };
          const parsed = request.task ? parseTaskAnswer(request.task, text) : null;
          if (parsed && !parsed.ok) {
            yield { type: 'error', error: aiFailure('ai_bad_response', `the GGUF model: ${parsed.reason}`) };
            return;
          }
          yield {
            type: 'finish',
            reason: 'stop',
            usage: {
              inputTokens: estimateTokens(prompt),
              outputTokens: estimateTokens(text),
              estimated: true,
            },
            ...(parsed?.ok ? { output: parsed.output } : {}),
            costUsd: 0,
          };
        } catch (e) {
          yield {
            type: 'error',
            error: options.signal.aborted
              ? aiFailure('ai_cancelled', 'the request was cancelled')
              : aiFailure('ai_provider_error', `the GGUF model failed: ${(e as Error).message}`),
          };
        } finally {
          await ctx.dispose();
        }
      },
      async listModels() {
        await load();
        return [modelPath];
      },
      async close() {
        const m = model;
        model = null;
        if (m) await (await m.catch(() => null))?.model.dispose();
      },
    };
  },
};
