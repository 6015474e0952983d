import { Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useList } from '../../api/queries';
import type { Call } from '../../api/types';
import { CallStatusBadge } from '../../components/badges';
import { QueryError } from '../../components/query-error';
import { Section } from '../../components/section';
import { formatDateTime, formatDuration } from '../../lib/format';
import { DirectionIcon } from '../calls/direction-icon';
import { NewCallModal } from '../calls/new-call-modal';

export function RelatedCalls({ dealId }: { dealId: string }) {
  const list = useList<Call>('calls', { dealId, sort: 'createdAt', order: 'desc', limit: 20 });
  const [creating, modal] = useDisclosure();
  const items = list.data?.items ?? [];
  return (
    <Section
      title={`Calls${list.data ? ` · ${list.data.total}` : ''}`}
      actions={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={modal.open}>
          Log call
        </Button>
      }
    >
      {list.isPending && <Skeleton h={40} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          No calls yet. Log a call to keep its notes, recording and transcript with this deal.
        </Text>
      )}
      <Stack gap="xs">
        {items.map((call) => (
          <Group key={call.id} gap="sm" wrap="nowrap" align="flex-start">
            <DirectionIcon direction={call.direction} />
            <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
              <Anchor
                component={Link}
                to={`/calls/${call.id}`}
                size="sm"
                fw={500}
                c="var(--mantine-color-text)"
              >
                {call.subject || 'Untitled call'}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatDateTime(call.startedAt ?? call.createdAt)}
                {call.durationSeconds !== null && ` · ${formatDuration(call.durationSeconds)}`}
              </Text>
            </Stack>
            <CallStatusBadge status={call.status} />
          </Group>
        ))}
      </Stack>
      <NewCallModal opened={creating} onClose={modal.close} defaults={{ dealId }} />
    </Section>
  );
}
