import { ActionIcon, Alert, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AiBadge } from './ai-badge';
import type { Hint } from './copilot-types';
import { FeedbackButtons } from './feedback-buttons';

/** One hint: its title, the AI label, what it says (or that it is being prepared, or why it failed). */
export function HintCard({
  title,
  hint,
  onRefresh,
  children,
  empty,
}: {
  title: string;
  hint: Hint | undefined;
  onRefresh: () => void;
  children?: ReactNode;
  empty: string;
}) {
  const busy = hint?.status === 'pending' || hint?.status === 'running';
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`hint-${hint?.kind ?? 'empty'}`} aria-label={title}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap={6}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          {hint?.status === 'ready' && <AiBadge label={hint.label} />}
        </Group>
        <Group gap={2}>
          {hint?.status === 'ready' && hint.contentId && <FeedbackButtons contentId={hint.contentId} />}
          <Tooltip label="Prepare again">
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Refresh ${title}`}
              onClick={onRefresh}
              loading={busy}
            >
              <IconRefresh size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {!hint ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : busy ? (
        <Stack gap={6} aria-label="CoPilot is preparing this">
          <Text size="xs" c="dimmed">
            CoPilot is preparing this…
          </Text>
          <Skeleton h={10} />
          <Skeleton h={10} w="80%" />
        </Stack>
      ) : hint.status === 'failed' ? (
        <Alert color="red" variant="light" p="xs">
          <Text size="sm">{hint.errorMessage ?? 'CoPilot could not prepare this.'}</Text>
        </Alert>
      ) : (
        children
      )}
    </Paper>
  );
}

export function Bullets({ items, empty }: { items: string[]; empty?: string }) {
  if (!items.length)
    return empty ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : null;
  return (
    <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((i) => (
        <Text component="li" size="sm" key={i}>
          {i}
        </Text>
      ))}
    </Stack>
  );
}
