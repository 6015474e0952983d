import {
  Button,
  Center,
  Group,
  Loader,
  Timeline as MTimeline,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconBolt, IconMessageCircle } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import { keys, type Resource, useUsers } from '../api/queries';
import type { Message, Page } from '../api/types';
import { CommentBox } from './comment-box';
import { CommentItem } from './comment-item';
import { QueryError } from './query-error';
import { TimeAgo } from './time-ago';
import { UserAvatar } from './user-avatar';

const PAGE = 50;

/**
 * The record's timeline, oldest first and newest last like a conversation, with the comment box below.
 * Pages are fetched newest-first so that the latest activity is always loaded; older pages on demand.
 */
export function Timeline({ resource, id }: { resource: Resource; id: string }) {
  const { nameOf } = useUsers();
  const query = useInfiniteQuery({
    queryKey: keys.timeline(resource, id),
    queryFn: ({ pageParam, signal }) =>
      get<Page<Message>>(
        `/${resource}/${id}/messages`,
        { order: 'desc', limit: PAGE, offset: pageParam },
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.limit < last.total ? last.offset + last.limit : undefined,
  });
  const messages = (query.data?.pages.flatMap((p) => p.items) ?? []).reverse();

  return (
    <Stack gap="md">
      {query.isPending && (
        <Stack gap="sm">
          <Skeleton h={48} />
          <Skeleton h={48} />
        </Stack>
      )}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.hasNextPage && (
        <Center>
          <Button
            variant="subtle"
            size="xs"
            loading={query.isFetchingNextPage}
            onClick={() => query.fetchNextPage()}
          >
            Show earlier activity
          </Button>
        </Center>
      )}
      {query.data && messages.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          No activity yet. Write the first comment below — your team will see it here.
        </Text>
      )}
      {messages.length > 0 && (
        <MTimeline bulletSize={30} lineWidth={2} aria-label="Timeline" data-testid="timeline">
          {messages.map((m) =>
            m.kind === 'system' ? (
              <MTimeline.Item
                key={m.id}
                bullet={
                  <ThemeIcon size={22} radius="xl" variant="light" color="gray">
                    <IconBolt size={13} />
                  </ThemeIcon>
                }
                data-testid="timeline-system"
              >
                <Group gap={6} wrap="wrap">
                  <Text size="sm" c="dimmed" className="prewrap">
                    {m.body}
                  </Text>
                  <Text size="xs" c="dimmed">
                    · {m.authorId ? `${nameOf(m.authorId)} · ` : ''}
                    <TimeAgo value={m.createdAt} size="xs" c="dimmed" />
                  </Text>
                </Group>
              </MTimeline.Item>
            ) : (
              <MTimeline.Item
                key={m.id}
                bullet={<UserAvatar name={nameOf(m.authorId)} size={28} />}
                data-testid="timeline-comment"
              >
                <CommentItem message={m} resource={resource} entityId={id} />
              </MTimeline.Item>
            ),
          )}
        </MTimeline>
      )}
      {query.isFetching && !query.isPending && (
        <Center>
          <Loader size="xs" type="dots" aria-label="Refreshing" />
        </Center>
      )}
      <CommentBox resource={resource} id={id} icon={<IconMessageCircle size={16} />} />
    </Stack>
  );
}
