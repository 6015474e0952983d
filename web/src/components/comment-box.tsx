import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { ApiError, post, put } from '../api/client';
import type { Resource } from '../api/queries';
import type { Message } from '../api/types';
import { AiBadge } from '../copilot/ai-badge';
import { CopilotEditorTools } from '../copilot/copilot-editor';
import type { Placement } from '../copilot/copilot-types';
import { onInsert } from '../copilot/insert-bus';

const PLACEMENT: Partial<Record<Resource, Placement>> = {
  deals: 'deal_comment',
  tasks: 'task_comment',
  calls: 'call_comment',
};
const ENTITY: Partial<Record<Resource, string>> = { deals: 'deal', tasks: 'task', calls: 'call' };

type FromAi = { contentId: string; label: string | null; text: string };

export function CommentBox({ resource, id, icon }: { resource: Resource; id: string; icon?: ReactNode }) {
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The AI content the comment's text came from: it travels with the comment so the label stays.
  const [fromAi, setFromAi] = useState<FromAi | null>(null);
  const placement = PLACEMENT[resource];
  useEffect(
    () =>
      onInsert(`${ENTITY[resource]}:${id}`, (i) => {
        setBody(i.text);
        if (i.contentId) setFromAi({ contentId: i.contentId, label: i.label, text: i.text });
      }),
    [resource, id],
  );
  const send = useMutation({
    mutationFn: (text: string) =>
      post<Message>(`/${resource}/${id}/messages`, {
        body: text,
        ...(fromAi ? { aiContentId: fromAi.contentId } : {}),
      }),
    onSuccess: () => {
      // What the user did with CoPilot's text: posted it as is, or edited it first.
      if (fromAi && body.trim() !== fromAi.text.trim())
        put(`/copilot/feedback/${fromAi.contentId}`, { outcome: 'edited' }).catch(() => {});
      setBody('');
      setFromAi(null);
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
          if (!e.currentTarget.value.trim()) setFromAi(null);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {placement && (
        <CopilotEditorTools
          placement={placement}
          text={body}
          entityId={id}
          onApply={(text, contentId, label, mode) => {
            const next = mode === 'replace' || !body.trim() ? text : `${body.trimEnd()}\n\n${text}`;
            setBody(next);
            if (contentId) setFromAi({ contentId, label, text: next });
          }}
        />
      )}
      <Group justify="space-between">
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            Ctrl+Enter to send
          </Text>
          {fromAi && <AiBadge label={fromAi.label} />}
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
