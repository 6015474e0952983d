import { Alert, Button, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { AiLabel } from './ai-badge';
import { ConsentPrompt } from './consent-prompt';
import type { StreamState } from './stream-state';

/** For a create action: what CoPilot should write (prefilled with the editor's text, as notes). */
export function CreatePrompt({
  title,
  initial,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: string;
  onSubmit: (prompt: string) => void;
  onCancel: () => void;
}) {
  const [prompt, setPrompt] = useState(initial);
  return (
    <Paper withBorder p="sm" radius="md" aria-label="CoPilot prompt">
      <Stack gap={6}>
        <Textarea
          label={title}
          aria-label="What should CoPilot write?"
          placeholder="What should CoPilot write? Notes, points to cover, who it is for…"
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          value={prompt}
          onChange={(e) => setPrompt(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey) && prompt.trim()) onSubmit(prompt.trim());
            if (e.key === 'Escape') onCancel();
          }}
        />
        <Group gap="xs">
          <Button size="xs" color="grape" disabled={!prompt.trim()} onClick={() => onSubmit(prompt.trim())}>
            Write
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** CoPilot's answer under the editor, streaming in, with what the user can do with it. */
export function EditorPreview({
  title,
  result,
  onApply,
  onRetry,
  onDiscard,
}: {
  title: string;
  result: StreamState;
  onApply: (mode: 'insert' | 'replace') => void;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const done = !result.running && !result.error && !!result.contentId;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="var(--mantine-color-grape-light)"
      aria-label="CoPilot suggestion"
      aria-busy={result.running}
    >
      <Group gap={6} mb={6} wrap="nowrap">
        <Text size="xs" fw={600}>
          {title}
        </Text>
        {result.running && <Loader size="xs" color="grape" aria-label="CoPilot is writing" />}
      </Group>
      {result.error?.code === 'consent_required' ? (
        <ConsentPrompt title="Accept the AI terms to use CoPilot" onAccepted={onRetry} />
      ) : result.error ? (
        <Alert color="red" variant="light" p="xs" title="CoPilot stopped" role="alert">
          <Text size="sm">{result.error.message}</Text>
          <Text size="xs" c="dimmed">
            Your text was not changed.
          </Text>
        </Alert>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="copilot-preview">
          {result.text || (result.running ? '…' : '')}
        </Text>
      )}
      {done && (
        <Stack mt={6} gap={0}>
          <AiLabel label={result.label} />
        </Stack>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" disabled={!done} onClick={() => onApply('insert')}>
          Insert
        </Button>
        <Button size="xs" variant="default" disabled={!done} onClick={() => onApply('replace')}>
          Replace
        </Button>
        <Button size="xs" variant="subtle" disabled={result.running} onClick={onRetry}>
          Try again
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={onDiscard}>
          Discard
        </Button>
      </Group>
    </Paper>
  );
}
