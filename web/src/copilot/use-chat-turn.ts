import { useEffect, useRef, useState } from 'react';
import { streamParts } from '../api/client';
import type { StreamPart } from './copilot-types';
import { applyPart, ended, failed, isAbort, type StreamState, streaming } from './stream-state';

export type Turn = StreamState & { question: string };
type Problem = StreamState['error'];

/**
 * One chat turn as it streams: the question and the answer so far. Resolves with the error that ended
 * it, if any (an error part mid-stream, or a refusal before it such as consent_required).
 */
export function useChatTurn() {
  const [turn, setTurn] = useState<Turn | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const run = async (chatId: string, question: string): Promise<Problem> => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    setTurn({ ...streaming(), question });
    let problem: Problem = null;
    let answered = false;
    try {
      await streamParts<StreamPart>(
        `/copilot/chats/${chatId}/messages`,
        { text: question },
        (part) => {
          if (part.type === 'error') problem = part.error;
          if (part.type === 'finish' || part.type === 'notice') answered = true;
          setTurn((t) => t && { ...t, ...applyPart(t, part) });
        },
        ac.signal,
      );
      if (!answered && !problem) problem = ended(streaming()).error;
    } catch (err) {
      if (isAbort(err)) return null;
      problem = failed(streaming(), err).error;
    }
    return problem;
  };
  return { turn, run, clear: () => setTurn(null) };
}
