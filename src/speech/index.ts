/**
 * Speech: call and meeting recordings become transcripts. Audio handling (../speech/audio) cuts a
 * recording into chunks; each chunk is a governed AI request (transcribeGoverned) answered by a
 * technology that can transcribe (the offline engine, or an OpenAI-compatible server); a durable job
 * per recording carries it through restarts.
 */
export { detectAudioTools } from './audio/index.js';
export {
  cancelTranscription,
  latestTranscription,
  requestTranscription,
} from './jobs/enqueue-transcription.js';
export { speechTriggers } from './jobs/speech-triggers.js';
export { createSpeech, type Speech } from './speech-runtime.js';
export { type CallInsights, callInsights } from './transcript/insights.js';
