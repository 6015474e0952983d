import { useState } from 'react';
import { put } from '../api/client';

type Origin = { contentId: string; label: string | null; text: string };
export type ApplyMode = 'insert' | 'replace';

/** The editor's text after CoPilot's text was inserted at the end or replaced it. */
export const combine = (current: string, text: string, mode: ApplyMode) =>
  mode === 'replace' || !current.trim() ? text : `${current.trimEnd()}\n\n${text}`;

/**
 * Where an editor's text came from. Once CoPilot's text is in, the saved record carries its content id
 * (so it keeps its AI label); if the user changed it before saving, the feedback says 'edited'.
 */
export type AiDraft = ReturnType<typeof useAiDraft>;

export function useAiDraft() {
  const [origin, setOrigin] = useState<Origin | null>(null);
  return {
    origin,
    aiContentId: origin?.contentId ?? null,
    applied(text: string, contentId: string | null, label: string | null) {
      if (contentId) setOrigin({ contentId, label, text });
    },
    typed(text: string) {
      if (!text.trim()) setOrigin(null);
    },
    saved(final: string) {
      if (origin && final.trim() !== origin.text.trim())
        put(`/copilot/feedback/${origin.contentId}`, { outcome: 'edited' }).catch(() => {});
      setOrigin(null);
    },
    reset: () => setOrigin(null),
  };
}
