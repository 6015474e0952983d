import {
  ActionIcon,
  Button,
  Center,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDots, IconNews, IconSend, IconTrash } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { get } from '../../api/client';
import { compact, useCreate, useRemove } from '../../api/mutations';
import { keys, useUsers } from '../../api/queries';
import type { FeedPost, Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { Empty } from '../../components/empty';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { TimeAgo } from '../../components/time-ago';
import { UserAvatar } from '../../components/user-avatar';
import { AiBadge } from '../../copilot/ai-badge';
import { combine, useAiDraft } from '../../copilot/use-ai-draft';
import { useCopilotEditor } from '../../copilot/use-copilot-editor';
import { formError, notifyError } from '../../lib/form-errors';

const PAGE = 20;

export function FeedPage() {
  const feed = useInfiniteQuery({
    queryKey: keys.list('feed', { infinite: true }),
    queryFn: ({ pageParam, signal }) =>
      get<Page<FeedPost>>(
        '/feed',
        { sort: 'createdAt', order: 'desc', limit: PAGE, offset: pageParam },
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.limit < last.total ? last.offset + last.limit : undefined,
  });
  const posts = feed.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack maw={760} mx="auto" gap="lg">
      <PageHeader title="Feed" description="News and updates for your whole team." flush />
      <Composer />
      {feed.isPending && (
        <Stack>
          <Skeleton h={110} />
          <Skeleton h={110} />
        </Stack>
      )}
      {feed.isError && <QueryError error={feed.error} onRetry={() => feed.refetch()} />}
      {feed.data && posts.length === 0 && (
        <Paper>
          <Empty
            icon={<IconNews size={28} />}
            title="Nothing posted yet"
            description="Share a win, an announcement or a question with your team using the box above."
          />
        </Paper>
      )}
      {posts.map((post) => (
        <PostCard key={post.id} post={post} />
      ))}
      {feed.hasNextPage && (
        <Center>
          <Button variant="default" loading={feed.isFetchingNextPage} onClick={() => feed.fetchNextPage()}>
            Show older posts
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function Composer() {
  const { user } = useSession();
  const create = useCreate<FeedPost>('feed');
  const [error, setError] = useState<string | null>(null);
  const ai = useAiDraft();
  const form = useForm({
    initialValues: { title: '', body: '' },
    validate: { body: (v) => (v.trim() ? null : 'Write something to post') },
    onValuesChange: (v) => ai.typed(v.body),
  });
  const copilot = useCopilotEditor({
    placement: 'feed_post',
    text: form.getValues().body,
    onApply: (text, contentId, label, mode) => {
      const next = combine(form.getValues().body, text, mode);
      form.setFieldValue('body', next);
      ai.applied(next, contentId, label);
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const body = values.body.trim();
      await create.mutateAsync(
        compact({ title: values.title.trim(), body, aiContentId: ai.aiContentId ?? undefined }),
      );
      ai.saved(body);
      form.reset();
      notifications.show({ color: 'teal', message: 'Posted to the feed' });
    } catch (err) {
      setError(formError(form, err));
    }
  });
  return (
    <Paper p="md">
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="md" wrap="nowrap">
          <UserAvatar name={user.name} size="md" />
          <Stack gap="sm" style={{ flex: 1 }}>
            <TextInput aria-label="Title" placeholder="Title (optional)" {...form.getInputProps('title')} />
            <Textarea
              aria-label="Post"
              placeholder="Share an update with your team…"
              autosize
              minRows={3}
              maxRows={12}
              {...form.getInputProps('body')}
            />
            {copilot.panel}
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
            <Group justify="space-between">
              <Group gap="sm">
                {copilot.menu}
                {ai.origin && <AiBadge label={ai.origin.label} />}
              </Group>
              <Button type="submit" leftSection={<IconSend size={16} />} loading={create.isPending}>
                Post
              </Button>
            </Group>
          </Stack>
        </Group>
      </form>
    </Paper>
  );
}

function PostCard({ post }: { post: FeedPost }) {
  const { user } = useSession();
  const { nameOf } = useUsers();
  const remove = useRemove('feed');
  const canDelete = post.authorId === user.id || user.role === 'admin';
  return (
    <Paper p="md" component="article">
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Group gap="sm" wrap="nowrap">
          <UserAvatar name={nameOf(post.authorId)} size="md" />
          <div>
            <Text size="sm" fw={600}>
              {nameOf(post.authorId)}
            </Text>
            <Group gap={6}>
              <TimeAgo value={post.createdAt} size="xs" c="dimmed" />
              {post.aiContentId && <AiBadge label="Written with CoPilot (AI-generated)" />}
            </Group>
          </div>
        </Group>
        {canDelete && (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label="Post actions">
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() =>
                  remove.mutate(post.id, {
                    onSuccess: () => notifications.show({ color: 'gray', message: 'Post deleted' }),
                    onError: (err) => notifyError(err, 'The post was not deleted'),
                  })
                }
              >
                Delete post
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {post.title && (
        <Title order={4} mb={4}>
          {post.title}
        </Title>
      )}
      <Text size="sm" className="prewrap">
        {post.body}
      </Text>
    </Paper>
  );
}
