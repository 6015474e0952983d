import { Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, put } from '../api/client';
import { QueryError } from '../components/query-error';
import { notifyError } from '../lib/form-errors';
import type { Trigger } from './copilot-types';

/** Admins: which system events make CoPilot prepare a hint on its own. */
export function CopilotTriggers() {
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['copilot', 'triggers'],
    queryFn: () => get<{ items: Trigger[] }>('/copilot/triggers').then((r) => r.items),
  });
  const set = useMutation({
    mutationFn: (t: Trigger) => put(`/copilot/triggers/${t.trigger}`, { enabled: !t.enabled }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['copilot', 'triggers'] }),
    onError: (err) => notifyError(err, 'The trigger was not changed'),
  });
  return (
    <Paper p="lg" withBorder>
      <Title order={4} mb="xs">
        What CoPilot prepares on its own
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each system event below makes CoPilot prepare a hint for the people who work on the record. Every hint
        is an AI request under the account's AI policy.
      </Text>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <Skeleton h={120} />
      ) : (
        <Stack gap="xs">
          {list.data.map((t) => (
            <Switch
              key={t.trigger}
              label={t.title}
              description={`${t.trigger} · ${t.surface}`}
              checked={t.enabled}
              disabled={set.isPending}
              onChange={() => set.mutate(t)}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
