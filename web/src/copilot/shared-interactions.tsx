import { Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconShare } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import { Empty } from '../components/empty';
import { QueryError } from '../components/query-error';
import { TimeAgo } from '../components/time-ago';
import type { SharedInteraction } from './analytics-types';

/** What users chose to share with the admins: what they asked, what CoPilot answered, and their note. */
export function SharedInteractions() {
  const shared = useQuery({
    queryKey: ['copilot', 'shared'],
    queryFn: () => get<{ items: SharedInteraction[] }>('/copilot/feedback/shared').then((r) => r.items),
  });
  if (shared.isError) return <QueryError error={shared.error} onRetry={() => shared.refetch()} />;
  if (!shared.data) return <Skeleton h={120} />;
  return (
    <Paper withBorder p="md" aria-label="Shared interactions">
      <Text fw={600} size="sm" mb="xs">
        Interactions users shared with you
      </Text>
      {shared.data.length === 0 ? (
        <Empty
          icon={<IconShare size={24} />}
          title="No shared interactions"
          description="Users can share an answer with you from its “Not helpful” button, to help improve a pre-prompt. Nothing is shared without their choice."
        />
      ) : (
        <Stack gap="xs">
          {shared.data.map((s) => (
            <Paper key={s.contentId} withBorder p="sm">
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {s.userName ?? 'Someone'}
                </Text>
                <Badge size="xs" variant="light">
                  {s.surface}
                </Badge>
                {s.rating !== null && (
                  <Badge size="xs" variant="light" color={s.rating > 0 ? 'teal' : 'red'}>
                    {s.rating > 0 ? 'helpful' : 'not helpful'}
                  </Badge>
                )}
                <TimeAgo value={s.sharedAt} size="xs" c="dimmed" />
              </Group>
              {s.comment && <Text size="sm">“{s.comment}”</Text>}
              {s.input && (
                <Text size="xs" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
                  <b>Asked:</b> {s.input}
                </Text>
              )}
              <Text size="xs" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
                <b>Answer:</b> {s.output ?? '—'}
              </Text>
              <Text size="xs" c="dimmed">
                {[s.prepromptRef, s.technologyId].filter(Boolean).join(' · ')}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
