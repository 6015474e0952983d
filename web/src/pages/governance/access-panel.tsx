import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, del, get, post, put } from '../../api/client';
import { keys } from '../../api/queries';
import type { User } from '../../api/types';
import { TimeAgo } from '../../components/time-ago';
import { SURFACE_LABELS, SURFACES } from '../ai/ai-types';

type Restriction = {
  id: string;
  subjectType: 'department' | 'user';
  subjectId: string;
  surface: string | null;
  createdAt: string;
};
type Block = { userId: string; name: string; reason: string; blockedAt: string };
type Department = { id: string; name: string };

const fail = (e: unknown) =>
  notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : 'Could not save' });

/** AI off for departments or people (per surface or all), and users blocked from AI Tools. */
export function AccessPanel() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['ai'] });
  const users = useQuery({
    queryKey: keys.users,
    queryFn: () => get<{ items: User[] }>('/users').then((r) => r.items),
  });
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: () => get<{ items: Department[] }>('/departments').then((r) => r.items),
  });
  const restrictions = useQuery({
    queryKey: ['ai', 'restrictions'],
    queryFn: () => get<{ items: Restriction[] }>('/ai/restrictions').then((r) => r.items),
  });
  const blocks = useQuery({
    queryKey: ['ai', 'blocks'],
    queryFn: () => get<{ items: Block[] }>('/ai/blocks').then((r) => r.items),
  });
  const [subject, setSubject] = useState<string | null>(null);
  const [surface, setSurface] = useState<string>('');
  const [blockUser, setBlockUser] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const names = new Map<string, string>([
    ...(users.data ?? []).map((u) => [u.id, u.name] as [string, string]),
    ...(departments.data ?? []).map((d) => [d.id, `${d.name} (department)`] as [string, string]),
  ]);
  const add = useMutation({
    mutationFn: () => {
      const [subjectType, subjectId] = (subject ?? '').split(':');
      return post('/ai/restrictions', { subjectType, subjectId, surface: surface || null });
    },
    onSuccess: () => {
      setSubject(null);
      refresh();
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (id: string) => del(`/ai/restrictions/${id}`),
    onSuccess: refresh,
    onError: fail,
  });
  const block = useMutation({
    mutationFn: () => put(`/ai/blocks/${blockUser}`, { reason }),
    onSuccess: () => {
      setBlockUser(null);
      setReason('');
      refresh();
    },
    onError: fail,
  });
  const unblock = useMutation({
    mutationFn: (id: string) => del(`/ai/blocks/${id}`),
    onSuccess: refresh,
    onError: fail,
  });
  const subjects = [
    ...(departments.data ?? []).map((d) => ({
      value: `department:${d.id}`,
      label: `${d.name} (department)`,
    })),
    ...(users.data ?? []).map((u) => ({ value: `user:${u.id}`, label: u.name })),
  ];
  return (
    <Stack>
      <Paper p="lg" withBorder>
        <Title order={5} mb="xs">
          AI off for a department or a person
        </Title>
        <Group align="flex-end" mb="md">
          <Select label="Who" data={subjects} value={subject} onChange={setSubject} searchable w={280} />
          <Select
            label="Where"
            data={[
              { value: '', label: 'Every surface' },
              ...SURFACES.map((s) => ({ value: s, label: SURFACE_LABELS[s] })),
            ]}
            value={surface}
            allowDeselect={false}
            onChange={(v) => setSurface(v ?? '')}
            w={200}
          />
          <Button onClick={() => add.mutate()} disabled={!subject} loading={add.isPending}>
            Turn AI off
          </Button>
        </Group>
        {restrictions.data?.length ? (
          <Table>
            <Table.Tbody>
              {restrictions.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{names.get(r.subjectId) ?? r.subjectId}</Table.Td>
                  <Table.Td>
                    {r.surface ? SURFACE_LABELS[r.surface as keyof typeof SURFACE_LABELS] : 'Every surface'}
                  </Table.Td>
                  <Table.Td>
                    <TimeAgo value={r.createdAt} size="sm" />
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label="Turn AI back on"
                      onClick={() => remove.mutate(r.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            AI is on for everyone the policy and surfaces allow.
          </Text>
        )}
      </Paper>
      <Paper p="lg" withBorder>
        <Title order={5} mb="xs">
          Blocked from AI Tools
        </Title>
        <Group align="flex-end" mb="md">
          <Select
            label="Person"
            data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={blockUser}
            onChange={setBlockUser}
            searchable
            w={280}
          />
          <TextInput
            label="Reason they will see"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            w={320}
          />
          <Button
            color="red"
            variant="light"
            onClick={() => block.mutate()}
            disabled={!blockUser || reason.trim().length < 3}
            loading={block.isPending}
          >
            Block
          </Button>
        </Group>
        {blocks.data?.length ? (
          <Table>
            <Table.Tbody>
              {blocks.data.map((b) => (
                <Table.Tr key={b.userId}>
                  <Table.Td>{b.name}</Table.Td>
                  <Table.Td>{b.reason}</Table.Td>
                  <Table.Td>
                    <TimeAgo value={b.blockedAt} size="sm" />
                  </Table.Td>
                  <Table.Td w={100}>
                    <Button size="xs" variant="subtle" onClick={() => unblock.mutate(b.userId)}>
                      Unblock
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            Nobody is blocked.
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
