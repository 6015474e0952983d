import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShare, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { post, put } from '../api/client';
import { notifyError } from '../lib/form-errors';

/** Thumbs up/down with an optional comment, and an explicit opt-in to share the interaction with admins. */
export function FeedbackButtons({ contentId, input }: { contentId: string; input?: string }) {
  const [rating, setRating] = useState<1 | -1 | null>(null);
  const [comment, setComment] = useState('');
  const [share, setShare] = useState(false);
  const [open, setOpen] = useState(false);
  const send = async (r: 1 | -1, withComment = false) => {
    try {
      await put(`/copilot/feedback/${contentId}`, {
        rating: r,
        ...(withComment ? { comment: comment || null } : {}),
      });
      if (withComment && share)
        await post(`/copilot/feedback/${contentId}/share`, { input, note: comment || undefined });
      setRating(r);
      if (withComment) {
        setOpen(false);
        notifications.show({
          color: 'teal',
          message: share ? 'Thanks — shared with your admins' : 'Thanks for the feedback',
        });
      }
    } catch (err) {
      notifyError(err, 'The feedback was not saved');
    }
  };
  return (
    <Group gap={4}>
      <Tooltip label="Helpful">
        <ActionIcon
          variant={rating === 1 ? 'filled' : 'subtle'}
          color="teal"
          size="sm"
          aria-label="Helpful"
          onClick={() => send(1)}
        >
          <IconThumbUp size={14} />
        </ActionIcon>
      </Tooltip>
      <Popover opened={open} onChange={setOpen} width={300} position="bottom-end" withArrow>
        <Popover.Target>
          <Tooltip label="Not helpful">
            <ActionIcon
              variant={rating === -1 ? 'filled' : 'subtle'}
              color="red"
              size="sm"
              aria-label="Not helpful"
              onClick={() => {
                void send(-1);
                setOpen(true);
              }}
            >
              <IconThumbDown size={14} />
            </ActionIcon>
          </Tooltip>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Textarea
              label="What was wrong?"
              placeholder="Optional"
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Checkbox
              label="Share this interaction with your admins, to help them improve CoPilot"
              checked={share}
              onChange={(e) => setShare(e.currentTarget.checked)}
            />
            <Button
              size="xs"
              leftSection={share ? <IconShare size={14} /> : undefined}
              onClick={() => send(-1, true)}
            >
              Send
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
