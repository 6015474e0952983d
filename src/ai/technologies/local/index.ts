import { AiError, aiFailure } from '../../ai.errors.js';
import {
  AI_TASKS,
  type Capabilities,
  type StreamPart,
  type TaskSpec,
  type TechnologyFactory,
} from '../../technology.js';
import { runLocalTask } from './run-local-task.js';
import { transcribeWithPocketsphinx } from './speech/pocketsphinx.js';

const capabilities: Capabilities = {
  generative: false,
  text: { chat: false, streaming: true, tools: false, jsonSchema: false, tasks: AI_TASKS },
  image: false,
  audio: true,
  embed: false,
  remote: false,
};

export const LOCAL_TECHNOLOGY_ID = 'local';
export const LOCAL_MODEL = 'cohelm-local-nlp-1';

/** A 30-second chunk takes pocketsphinx a few seconds on one core; far longer means it is stuck. */
const TRANSCRIBE_TIMEOUT_MS = 120_000;

/** Rough token count, as used by tokenizers of English text (about 4 characters a token). */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/**
 * The built-in offline engine: extractive NLP (TextRank summaries, action items, entities, deal
 * facts, sentiment, key phrases, classification, templates). Always present, no key, no network,
 * deterministic. It writes no new prose, so free-form chat and images are refused, not faked.
 * Speech is transcribed offline by pocketsphinx when it is installed (`no_speech_engine` if not).
 */
export const localTechnology: TechnologyFactory = {
  kind: 'local',
  label: 'Cohelm local engine (offline)',
  capabilities,
  needsBaseUrl: false,
  needsApiKey: false,
  defaultBaseUrl: null,
  create(config) {
    return {
      config,
      capabilities,
      async *stream(request, options): AsyncGenerator<StreamPart> {
        if (!request.task) {
          yield {
            type: 'error',
            error: aiFailure(
              'capability_unsupported',
              'The local engine extracts and summarises; it cannot chat or write free text. Connect a generative AI technology for that.',
            ),
          };
          return;
        }
        if (options.signal.aborted) {
          yield { type: 'error', error: aiFailure('ai_cancelled', 'the request was cancelled') };
          return;
        }
        yield { type: 'start', technologyId: config.id, kind: 'local', model: LOCAL_MODEL };
        const task: TaskSpec = request.task;
        let result: { text: string; output: unknown };
        try {
          result = runLocalTask(task);
        } catch (e) {
          yield {
            type: 'error',
            error: aiFailure(
              'capability_unsupported',
              e instanceof RangeError ? e.message : 'the local engine cannot do this task',
              {
                retryable: false,
              },
            ),
          };
          return;
        }
        if (result.text) yield { type: 'text-delta', text: result.text };
        yield {
          type: 'finish',
          reason: 'stop',
          usage: {
            inputTokens: estimateTokens(task.input),
            outputTokens: estimateTokens(result.text),
            estimated: true,
          },
          output: result.output,
          costUsd: 0,
        };
      },
      async listModels() {
        return [LOCAL_MODEL];
      },
      async transcribe(request, signal) {
        if (request.language && !/^en\b/i.test(request.language))
          throw new AiError(
            aiFailure(
              'capability_unsupported',
              `the offline speech engine knows English only, not "${request.language}"; connect a Whisper server (OpenAI or OpenAI-compatible) for calls in other languages`,
            ),
          );
        const transcript = await transcribeWithPocketsphinx(request.audio, {
          keywords: request.keywords,
          signal,
          timeoutMs: TRANSCRIBE_TIMEOUT_MS,
        });
        return { ...transcript, model: 'pocketsphinx-en-us' };
      },
      async close() {},
    };
  },
};
