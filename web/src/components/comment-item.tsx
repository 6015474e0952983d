import { ActionIcon, Button, Group, Menu, Paper, Text, Textarea } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { del, patch } from '../api/client';
import { keys, type Resource, useUsers } from '../api/queries';
import type { Message } from '../api/types';
import { useSession } from '../auth/session';
import { AiBadge } from '../copilot/ai-badge';
import { notifyError } from '../lib/form-errors';
import { TimeAgo } from './time-ago';

/** One comment: author, time, text; its author may edit it, the author or an admin may delete it. */
export function CommentItem({
  message,
  resource,
  entityId,
}: {
  message: Message;
  resource: Resource;
  entityId: string;
}) {
  const { user } = useSession();
  const { nameOf } = useUsers();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: keys.timeline(resource, entityId) });
  const save = useMutation({
    mutationFn: () => patch<Message>(`/messages/${message.id}`, { body: draft.trim() }),
    onSuccess: () => {
      setEditing(false);
      return refresh();
    },
    onError: (err) => notifyError(err, 'The comment was not saved'),
  });
  const remove = useMutation({
    mutationFn: () => del(`/messages/${message.id}`),
    onSuccess: refresh,
    onError: (err) => notifyError(err, 'The comment was not deleted'),
  });
  const mine = message.authorId === user.id;
  const canDelete = mine || user.role === 'admin';
  return (
    <div>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={600}>
            {nameOf(message.authorId)}
          </Text>
          <TimeAgo value={message.createdAt} size="xs" c="dimmed" />
          {message.aiContentId && <AiBadge label="Written with CoPilot (AI-generated)" />}
          {message.editedAt && (
            <Text size="xs" c="dimmed">
              (edited)
            </Text>
          )}
        </Group>
        {canDelete && !editing && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Comment actions">
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {mine && (
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Edit
                </Menu.Item>
              )}
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setConfirming(true)}
              >
                Delete
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {editing ? (
        <>
          <Textarea
            mt={6}
            aria-label="Edit comment"
            autosize
            minRows={2}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <Group gap="xs" mt={6} justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="xs" loading={save.isPending} disabled={!draft.trim()} onClick={() => save.mutate()}>
              Save
            </Button>
          </Group>
        </>
      ) : (
        <Paper mt={6} p="sm" bg="gray.0" withBorder={false}>
          <Text size="sm" className="prewrap">
            {message.body}
          </Text>
        </Paper>
      )}
      {confirming && (
        <Group gap="xs" mt={6} justify="flex-end">
          <Text size="sm">Delete this comment?</Text>
          <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
            Keep
          </Button>
          <Button size="xs" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            Delete
          </Button>
        </Group>
      )}
    </div>
  );
}
