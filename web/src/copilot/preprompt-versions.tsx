import { Button, Code, Group, Modal, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import { QueryError } from '../components/query-error';
import { TimeAgo } from '../components/time-ago';
import type { Preprompt } from './copilot-types';

type Version = { version: number; title: string; template: string; createdAt: string };

/** A pre-prompt's versions, newest first; an older one can be loaded into the editor to save it again. */
export function PrepromptVersions({
  preprompt,
  onClose,
  onRestore,
}: {
  preprompt: Preprompt | null;
  onClose: () => void;
  onRestore?: (v: Version) => void;
}) {
  const versions = useQuery({
    queryKey: ['copilot', 'preprompts', 'versions', preprompt?.id],
    queryFn: () =>
      get<{ items: Version[] }>(`/copilot/preprompts/${preprompt?.id}/versions`).then((r) =>
        [...r.items].sort((a, b) => b.version - a.version),
      ),
    enabled: !!preprompt?.id,
  });
  return (
    <Modal opened={!!preprompt} onClose={onClose} title={`Versions of “${preprompt?.title ?? ''}”`} size="xl">
      {versions.isError ? (
        <QueryError error={versions.error} onRetry={() => versions.refetch()} />
      ) : !versions.data ? (
        <Skeleton h={160} />
      ) : (
        <Timeline bulletSize={18} lineWidth={2} active={0}>
          {versions.data.map((v) => (
            <Timeline.Item
              key={v.version}
              title={
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    Version {v.version}
                    {v.version === preprompt?.version ? ' (current)' : ''}
                  </Text>
                  <TimeAgo value={v.createdAt} size="xs" c="dimmed" />
                </Group>
              }
            >
              <Stack gap={4} mt={4}>
                <Text size="xs" c="dimmed">
                  {v.title}
                </Text>
                <Code block style={{ maxHeight: 160, overflow: 'auto' }}>
                  {v.template}
                </Code>
                {onRestore && v.version !== preprompt?.version && (
                  <Group>
                    <Button size="compact-xs" variant="light" onClick={() => onRestore(v)}>
                      Load into the editor
                    </Button>
                  </Group>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Modal>
  );
}
