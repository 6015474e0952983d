import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { get, put, streamParts } from '../api/client';
import { CopilotMenu } from './copilot-menu';
import type { Placement, Preprompt, StreamPart } from './copilot-types';
import { CreatePrompt, EditorPreview } from './editor-preview';
import { applyPart, ended, failed, isAbort, type StreamState, streaming } from './stream-state';
import type { ApplyMode } from './use-ai-draft';

type Run = { p: Preprompt; text: string; prompt: string | null; previous: string[] };

/**
 * CoPilot in one editor: the menu button and the area under the editor (a prompt for create
 * actions, then the streamed answer). Nothing touches the editor until the user inserts or replaces,
 * so a failure mid-stream leaves the user's text as it was.
 */
export function useCopilotEditor({
  placement,
  text,
  entityId,
  onApply,
  enabled = true,
}: {
  placement: Placement;
  text: string;
  entityId?: string;
  onApply: (text: string, contentId: string | null, label: string | null, mode: ApplyMode) => void;
  /** False for an editor without CoPilot (a comment on a contact): nothing is loaded. */
  enabled?: boolean;
}): { menu: ReactNode; panel: ReactNode } {
  const preprompts = useQuery({
    queryKey: ['copilot', 'preprompts', placement],
    queryFn: () => get<{ items: Preprompt[] }>('/copilot/preprompts', { placement }).then((r) => r.items),
    staleTime: 60_000,
    enabled,
  });
  const [asking, setAsking] = useState<Preprompt | null>(null);
  const [result, setResult] = useState<StreamState | null>(null);
  const [last, setLast] = useState<Run | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (r: Run) => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    setLast(r);
    setAsking(null);
    setResult(streaming());
    const body = {
      placement,
      prepromptRef: r.p.ref,
      ...(r.text.trim() ? { text: r.text } : {}),
      ...(r.prompt ? { userMessage: r.prompt } : {}),
      ...(entityId ? { entityId } : {}),
      previousResults: r.previous,
    };
    try {
      await streamParts<StreamPart>(
        '/copilot/editor',
        body,
        (part) => setResult((s) => s && applyPart(s, part)),
        ac.signal,
      );
      setResult((s) => s && ended(s));
    } catch (err) {
      if (!isAbort(err)) setResult((s) => failed(s ?? streaming(), err));
    }
  };
  const outcome = (o: 'accepted' | 'discarded') => {
    if (result?.contentId) put(`/copilot/feedback/${result.contentId}`, { outcome: o }).catch(() => {});
  };
  const pick = (p: Preprompt) => {
    if (p.section === 'create') {
      abort.current?.abort();
      setResult(null);
      setAsking(p);
    } else void run({ p, text, prompt: null, previous: [] });
  };
  const retry = () => {
    if (!last || !result) return;
    const better = result.error ? [] : [result.text, ...last.previous].filter(Boolean).slice(0, 3);
    void run({ ...last, previous: better });
  };

  const menu = (
    <CopilotMenu
      preprompts={preprompts.data ?? []}
      loading={preprompts.isLoading}
      hasText={text.trim().length > 0}
      onPick={pick}
    />
  );
  const panel = asking ? (
    <CreatePrompt
      title={asking.title}
      initial={text}
      onCancel={() => setAsking(null)}
      onSubmit={(prompt) => void run({ p: asking, text: '', prompt, previous: [] })}
    />
  ) : result && last ? (
    <EditorPreview
      title={last.p.title}
      result={result}
      onApply={(mode) => {
        outcome('accepted');
        onApply(result.text, result.contentId, result.label, mode);
        setResult(null);
      }}
      onRetry={retry}
      onDiscard={() => {
        abort.current?.abort();
        outcome('discarded');
        setResult(null);
      }}
    />
  ) : null;
  return { menu, panel };
}
