import type { OpenAIProvider } from '@ai-sdk/openai';
import { embedMany, experimental_transcribe, generateImage } from 'ai';
import { AiError } from '../../ai.errors.js';
import type { Technology, TechnologyConfig, Transcript } from '../../technology.js';
import { mapSdkError } from './map-sdk-error.js';

/** Speech-to-text, embeddings and images over the OpenAI protocol (OpenAI itself, or a compatible
 * server such as LocalAI or a Whisper server exposing /audio/transcriptions). */
export function openAiExtras(
  provider: OpenAIProvider,
  config: TechnologyConfig,
  endpoint: string,
): Required<Pick<Technology, 'transcribe' | 'embed' | 'image'>> {
  const fail = (e: unknown): never => {
    throw new AiError(mapSdkError(e, endpoint, [config.apiKey]));
  };
  return {
    async transcribe(req, signal) {
      // Whisper takes vocabulary only as a prompt; `keywords` is a newer field that older models
      // and compatible servers refuse, so the account's terms join the prompt.
      const prompt = [req.prompt, req.keywords?.length ? req.keywords.join(', ') : '']
        .filter(Boolean)
        .join(' ');
      try {
        const r = await experimental_transcribe({
          model: provider.transcription(req.model ?? 'whisper-1'),
          audio: req.audio,
          abortSignal: signal,
          maxRetries: 0,
          providerOptions: {
            openai: {
              timestampGranularities: ['segment', 'word'],
              ...(req.language ? { language: req.language } : {}),
              ...(prompt ? { prompt } : {}),
            },
          },
        });
        const words = wordsOf(r.responses[0]);
        return {
          text: r.text,
          segments: r.segments.map((s) => ({ start: s.startSecond, end: s.endSecond, text: s.text.trim() })),
          ...(words ? { words } : {}),
        };
      } catch (e) {
        return fail(e);
      }
    },
    async embed(texts, signal, model) {
      try {
        const r = await embedMany({
          model: provider.embedding(model ?? 'text-embedding-3-small'),
          values: texts,
          abortSignal: signal,
          maxRetries: 0,
        });
        return r.embeddings;
      } catch (e) {
        return fail(e);
      }
    },
    async image(prompt, signal, model) {
      try {
        const r = await generateImage({
          model: provider.image(model ?? 'gpt-image-1'),
          prompt,
          abortSignal: signal,
          maxRetries: 0,
        });
        return { mediaType: r.image.mediaType, base64: r.image.base64 };
      } catch (e) {
        return fail(e);
      }
    },
  };
}

/** The word times of a verbose_json answer; the SDK keeps them only in the raw body. */
function wordsOf(response: unknown): Transcript['words'] {
  const words = (response as { body?: { words?: unknown } } | undefined)?.body?.words;
  if (!Array.isArray(words)) return undefined;
  return words.flatMap((w: { word?: unknown; start?: unknown; end?: unknown }) =>
    typeof w?.word === 'string' && typeof w.start === 'number' && typeof w.end === 'number'
      ? [{ word: w.word.trim(), start: w.start, end: w.end }]
      : [],
  );
}
