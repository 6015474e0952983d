import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, get, post } from '../../api/client';
import { TimeAgo } from '../../components/time-ago';

type Complaint = {
  id: string;
  contentId: string;
  reason: string;
  status: 'open' | 'dismissed' | 'actioned';
  resolution: string | null;
  createdAt: string;
};

/** Reports about AI outputs: dismiss, or restrict / block the person who produced them. Each step is audited. */
export function ComplaintsPanel() {
  const qc = useQueryClient();
  const [status, setStatus] = useState<'open' | 'dismissed' | 'actioned'>('open');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const list = useQuery({
    queryKey: ['ai', 'complaints', status],
    queryFn: () => get<{ items: Complaint[] }>('/ai/complaints', { status }).then((r) => r.items),
  });
  const resolve = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'dismiss' | 'restrict' | 'block' }) =>
      post(`/ai/complaints/${id}/resolve`, { action, note: notes[id] ?? '' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['ai'] }),
    onError: (e) =>
      notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : 'Could not resolve' }),
  });
  return (
    <Stack>
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        data={[
          { value: 'open', label: 'Open' },
          { value: 'actioned', label: 'Actioned' },
          { value: 'dismissed', label: 'Dismissed' },
        ]}
        w={360}
      />
      <Paper withBorder>
        {list.data?.length ? (
          <Table verticalSpacing="sm">
            <Table.Tbody>
              {list.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td w={140}>
                    <TimeAgo value={c.createdAt} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.reason}</Text>
                    {c.resolution && (
                      <Badge variant="light" mt={4}>
                        {c.resolution}
                      </Badge>
                    )}
                  </Table.Td>
                  {c.status === 'open' && (
                    <Table.Td w={520}>
                      <Group gap="xs" wrap="nowrap">
                        <TextInput
                          size="xs"
                          placeholder="Note (required)"
                          value={notes[c.id] ?? ''}
                          onChange={(e) => setNotes({ ...notes, [c.id]: e.currentTarget.value })}
                          aria-label="Note"
                        />
                        {(['dismiss', 'restrict', 'block'] as const).map((action) => (
                          <Button
                            key={action}
                            size="xs"
                            variant={action === 'dismiss' ? 'default' : 'light'}
                            color={action === 'block' ? 'red' : undefined}
                            disabled={(notes[c.id] ?? '').trim().length < 3}
                            onClick={() => resolve.mutate({ id: c.id, action })}
                          >
                            {action[0]!.toUpperCase() + action.slice(1)}
                          </Button>
                        ))}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text p="md" size="sm" c="dimmed">
            {status === 'open' ? 'No open complaints.' : 'None.'}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
