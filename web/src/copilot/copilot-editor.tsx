import { Alert, Button, Group, Loader, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError, get, put, streamParts } from '../api/client';
import { AiBadge } from './ai-badge';
import type { Placement, Preprompt, StreamPart } from './copilot-types';

type Result = {
  text: string;
  contentId: string | null;
  label: string | null;
  error: string | null;
  running: boolean;
};
export type ApplyMode = 'insert' | 'replace';

/**
 * The CoPilot button of an editor and the preview under it. Edit actions work on the editor's text,
 * create actions take it as notes. The answer streams into the preview; nothing touches the editor
 * until the user inserts or replaces, so a failure mid-stream leaves the user's text as it was.
 */
export function CopilotEditorTools({
  placement,
  text,
  entityId,
  onApply,
}: {
  placement: Placement;
  text: string;
  entityId?: string;
  onApply: (text: string, contentId: string | null, label: string | null, mode: ApplyMode) => void;
}) {
  const preprompts = useQuery({
    queryKey: ['copilot', 'preprompts', placement],
    queryFn: () => get<{ items: Preprompt[] }>('/copilot/preprompts', { placement }).then((r) => r.items),
    staleTime: 60_000,
  });
  const [result, setResult] = useState<Result | null>(null);
  const [last, setLast] = useState<{ p: Preprompt; source: string; previous: string[] } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (p: Preprompt, source: string, previous: string[] = []) => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    setLast({ p, source, previous });
    setResult({ text: '', contentId: null, label: null, error: null, running: true });
    const body = {
      placement,
      prepromptRef: p.ref,
      ...(p.section === 'edit' ? { text: source } : { userMessage: source }),
      ...(entityId ? { entityId } : {}),
      previousResults: previous,
    };
    try {
      await streamParts<StreamPart>(
        '/copilot/editor',
        body,
        (part) =>
          setResult((r) => {
            const cur = r ?? { text: '', contentId: null, label: null, error: null, running: true };
            if (part.type === 'text-delta') return { ...cur, text: cur.text + part.text };
            if (part.type === 'finish')
              return {
                ...cur,
                text: part.text,
                contentId: part.contentId,
                label: part.label,
                running: false,
              };
            if (part.type === 'error') return { ...cur, error: part.error.message, running: false };
            return cur;
          }),
        ac.signal,
      );
      setResult((r) => (r?.running ? { ...r, running: false } : r));
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      setResult({
        text: '',
        contentId: null,
        label: null,
        running: false,
        error: err instanceof ApiError ? err.message : 'CoPilot could not answer. Try again.',
      });
    }
  };

  const outcome = (o: 'accepted' | 'discarded') => {
    if (result?.contentId) put(`/copilot/feedback/${result.contentId}`, { outcome: o }).catch(() => {});
  };
  const apply = (mode: ApplyMode) => {
    if (!result) return;
    outcome('accepted');
    onApply(result.text, result.contentId, result.label, mode);
    setResult(null);
  };
  const items = preprompts.data ?? [];
  const section = (s: 'edit' | 'create') => items.filter((p) => p.section === s);
  const hasText = text.trim().length > 0;

  return (
    <Stack gap={6}>
      <Group>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="light"
              color="grape"
              leftSection={<IconSparkles size={14} />}
              aria-label="CoPilot"
            >
              CoPilot
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {preprompts.isLoading && <Menu.Label>Loading…</Menu.Label>}
            <Menu.Label>{hasText ? 'Edit the text' : 'Type some text to edit it'}</Menu.Label>
            {section('edit').map((p) => (
              <Menu.Item key={p.ref} disabled={!hasText} onClick={() => run(p, text)}>
                {p.title}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Label>Create from your notes</Menu.Label>
            {section('create')
              .filter((p) => p.code !== 'reply')
              .map((p) => (
                <Menu.Item key={p.ref} disabled={!hasText} onClick={() => run(p, text)}>
                  {p.title}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {result && (
        <Paper
          withBorder
          p="sm"
          radius="md"
          bg="var(--mantine-color-grape-light)"
          aria-label="CoPilot suggestion"
        >
          <Group gap={6} mb={6}>
            <Text size="xs" fw={600}>
              {last?.p.title}
            </Text>
            {result.contentId && <AiBadge label={result.label} />}
            {result.running && <Loader size="xs" />}
          </Group>
          {result.error ? (
            <Alert color="red" variant="light" p="xs" title="CoPilot stopped">
              <Text size="sm">{result.error}</Text>
              <Text size="xs" c="dimmed">
                Your text was not changed.
              </Text>
            </Alert>
          ) : (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="copilot-preview">
              {result.text}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <Button size="xs" disabled={!result.contentId} onClick={() => apply('insert')}>
              Insert
            </Button>
            <Button size="xs" variant="default" disabled={!result.contentId} onClick={() => apply('replace')}>
              Replace
            </Button>
            <Button
              size="xs"
              variant="subtle"
              disabled={result.running || !last}
              onClick={() =>
                last && run(last.p, last.source, [result.text, ...last.previous].filter(Boolean).slice(0, 3))
              }
            >
              Try again
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => {
                abort.current?.abort();
                outcome('discarded');
                setResult(null);
              }}
            >
              Discard
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
