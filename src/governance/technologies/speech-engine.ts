import {
  detectPocketsphinx,
  type PocketsphinxStatus,
} from '../../ai/technologies/local/speech/pocketsphinx.js';

/** Whether the built-in technology can transcribe offline here (PocketSphinx installed), and how to install it. */
export function offlineSpeechEngine(): Promise<PocketsphinxStatus> {
  return detectPocketsphinx();
}
