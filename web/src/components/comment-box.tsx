import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError, post } from '../api/client';
import type { Resource } from '../api/queries';
import type { Message } from '../api/types';

export function CommentBox({ resource, id, icon }: { resource: Resource; id: string; icon?: ReactNode }) {
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (text: string) => post<Message>(`/${resource}/${id}/messages`, { body: text }),
    onSuccess: () => {
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
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          Ctrl+Enter to send
        </Text>
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
