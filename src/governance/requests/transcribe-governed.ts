import { toAppError } from '../../ai/ai.errors.js';
import type { TranscribeRequest, Transcript } from '../../ai/technology.js';
import type { Governance } from '../governance-runtime.js';
import type { GovernedRequest } from '../pipeline/governed-request.js';
import { recordAnswered, recordFailed } from '../pipeline/invoke-governed.js';
import { prepareRequest } from '../pipeline/prepare-request.js';

/** A speech request: who, on which surface, for which recording (its consent flag), and the audio. */
export type GovernedSpeech = Omit<GovernedRequest, 'text' | 'speech'> & {
  speech: { recordingConsent: boolean };
  audio: TranscribeRequest;
};

export type GovernedTranscript = {
  requestId: string;
  contentId: string;
  label: string;
  technologyId: string;
  kind: string;
  model: string;
  transcript: Transcript;
};

const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/**
 * Transcription through the same pipeline as text: enablement, consent (the call's recording
 * consent first of all), usage guard, limits; then the surface's chain of technologies that can
 * transcribe, and the transcript becomes signed content in the ledger. Audio cannot be masked, so a
 * technology off this server gets it only after its data-transfer disclosure was acknowledged.
 * A denial or failure is thrown as its AppError.
 */
export async function transcribeGoverned(
  g: Governance,
  req: GovernedSpeech,
  signal: AbortSignal,
): Promise<GovernedTranscript> {
  const { audio, ...rest } = req;
  const prepared = await prepareRequest(g, { ...rest, text: { messages: [], maxOutputTokens: 0 } });
  const t0 = performance.now();
  const signingKey = g.keys.get(req.accountId);
  const r = await g.ai.router.transcribe(
    prepared.chain.map((t) => t.config),
    audio,
    signal,
  );
  if (!r.ok) {
    signingKey.catch(() => {});
    await recordFailed(g, prepared, r.error, t0);
    throw toAppError(r.error);
  }
  const by = { technologyId: r.technologyId, kind: r.kind, model: r.model };
  const saved = await recordAnswered(g, prepared, signingKey, t0, {
    by,
    text: r.transcript.text,
    output: { segments: r.transcript.segments },
    usage: { inputTokens: 0, outputTokens: estimateTokens(r.transcript.text) },
    costUsd: null,
  });
  return { requestId: req.id, ...saved, ...by, transcript: r.transcript };
}
