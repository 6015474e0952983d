import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { ApiError, post } from '../api/client';
import type { Resource } from '../api/queries';
import type { Message } from '../api/types';
import { AiBadge } from '../copilot/ai-badge';
import type { Placement } from '../copilot/copilot-types';
import { onInsert } from '../copilot/insert-bus';
import { combine, useAiDraft } from '../copilot/use-ai-draft';
import { useCopilotEditor } from '../copilot/use-copilot-editor';

const PLACEMENT: Partial<Record<Resource, Placement>> = {
  deals: 'deal_comment',
  tasks: 'task_comment',
  calls: 'call_comment',
};
const ENTITY: Partial<Record<Resource, string>> = { deals: 'deal', tasks: 'task', calls: 'call' };

export function CommentBox({ resource, id, icon }: { resource: Resource; id: string; icon?: ReactNode }) {
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The AI content the comment's text came from: it travels with the comment so the label stays.
  const ai = useAiDraft();
  const placement = PLACEMENT[resource];
  const copilot = useCopilotEditor({
    placement: placement ?? 'deal_comment',
    enabled: !!placement,
    text: body,
    entityId: id,
    onApply: (text, contentId, label, mode) => {
      const next = combine(body, text, mode);
      setBody(next);
      ai.applied(next, contentId, label);
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: ai.applied only sets state
  useEffect(
    () =>
      onInsert(`${ENTITY[resource]}:${id}`, (i) => {
        setBody(i.text);
        ai.applied(i.text, i.contentId, i.label);
      }),
    [resource, id],
  );
  const send = useMutation({
    mutationFn: (text: string) =>
      post<Message>(`/${resource}/${id}/messages`, {
        body: text,
        ...(ai.aiContentId ? { aiContentId: ai.aiContentId } : {}),
      }),
    onSuccess: (_m, text) => {
      ai.saved(text);
      setBody('');
      // The comment also moves the record's last activity; refresh both.
      return client.invalidateQueries({ queryKey: [resource] });
    },
    onError: (err) =>
      setError(err instanceof ApiError ? err.message : 'The comment was not saved. Try again.'),
  });
  const submit = () => {
    const text = body.trim();
    if (!text) return setError('Write something first');
    setError(null);
    send.mutate(text);
  };
  return (
    <Stack gap={6}>
      <Textarea
        aria-label="Comment"
        placeholder="Write a comment…"
        autosize
        minRows={2}
        maxRows={10}
        value={body}
        error={error}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          ai.typed(e.currentTarget.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {placement && copilot.panel}
      <Group justify="space-between">
        <Group gap="sm">
          {placement && copilot.menu}
          {ai.origin && <AiBadge label={ai.origin.label} />}
          <Text size="xs" c="dimmed">
            Ctrl+Enter to send
          </Text>
        </Group>
        <Button
          size="sm"
          leftSection={icon}
          loading={send.isPending}
          onClick={submit}
          disabled={!body.trim()}
        >
          Comment
        </Button>
      </Group>
    </Stack>
  );
}
