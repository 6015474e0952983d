import { Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { del, get, patch, post } from '../api/client';
import { useSession } from '../auth/session';
import { QueryError } from '../components/query-error';
import { notifyError } from '../lib/form-errors';
import type { Role } from './copilot-types';

type Draft = {
  id: string | null;
  scope: 'personal' | 'account';
  name: string;
  description: string;
  instructions: string;
};
const EMPTY: Draft = { id: null, scope: 'personal', name: '', description: '', instructions: '' };
const FROM = { builtin: 'Built in', account: 'Account', personal: 'Mine' } as const;

/** The roles of the CoPilot chat: built-ins to copy, the account's (admins edit them) and your own. */
export function RoleLibrary() {
  const { user } = useSession();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['copilot', 'roles'],
    queryFn: () => get<{ items: Role[] }>('/copilot/roles').then((r) => r.items),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['copilot', 'roles'] });
  const save = useMutation({
    mutationFn: ({ id, scope, ...fields }: Draft) =>
      id ? patch(`/copilot/roles/${id}`, fields) : post('/copilot/roles', { scope, ...fields }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Role saved' });
      setDraft(null);
      return refresh();
    },
    onError: (err) => notifyError(err, 'The role was not saved'),
  });
  const remove = useMutation({
    mutationFn: (id: string) => del(`/copilot/roles/${id}`),
    onSuccess: refresh,
    onError: (err) => notifyError(err, 'The role was not deleted'),
  });
  const edit = (r: Role) =>
    setDraft(
      r.editable && r.id && r.scope !== 'builtin'
        ? { id: r.id, scope: r.scope, name: r.name, description: r.description, instructions: r.instructions }
        : { ...EMPTY, name: `${r.name} (copy)`, description: r.description, instructions: r.instructions },
    );
  return (
    <Paper p="lg" withBorder>
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>Chat roles</Title>
          <Text size="sm" c="dimmed">
            Who CoPilot is in a chat: its instructions. Built-in roles are read-only: copy one to make it
            yours.
          </Text>
        </div>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDraft({ ...EMPTY })}>
          New role
        </Button>
      </Group>
      {draft && (
        <Paper withBorder p="md" mb="md" bg="var(--mantine-color-gray-light)" aria-label="Role editor">
          <Stack gap="xs">
            <Group grow>
              <TextInput
                label="Name"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
              <Select
                label="Who sees it"
                disabled={!!draft.id}
                data={[
                  { value: 'personal', label: 'Only me' },
                  ...(user.role === 'admin' ? [{ value: 'account', label: 'Everyone in the account' }] : []),
                ]}
                value={draft.scope}
                onChange={(v) => v && setDraft({ ...draft, scope: v as Draft['scope'] })}
                allowDeselect={false}
              />
            </Group>
            <TextInput
              label="Description"
              value={draft.description}
              onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            />
            <Textarea
              label="Instructions"
              autosize
              minRows={3}
              maxRows={12}
              value={draft.instructions}
              onChange={(e) => setDraft({ ...draft, instructions: e.currentTarget.value })}
            />
            <Group>
              <Button
                size="xs"
                disabled={!draft.name.trim() || !draft.instructions.trim()}
                loading={save.isPending}
                onClick={() => save.mutate(draft)}
              >
                Save role
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table fz="sm" withTableBorder striped aria-label="Chat roles">
          <Table.Tbody>
            {(list.data ?? []).map((r) => (
              <Table.Tr key={r.ref}>
                <Table.Td fw={600}>{r.name}</Table.Td>
                <Table.Td c="dimmed">{r.description || r.instructions.slice(0, 90)}</Table.Td>
                <Table.Td>{FROM[r.scope]}</Table.Td>
                <Table.Td ta="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => edit(r)}>
                      {r.editable && r.id ? 'Edit' : 'Copy to edit'}
                    </Button>
                    {r.editable && r.id && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => remove.mutate(r.id!)}
                      >
                        Delete
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
