import {
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { del, get, post, put } from '../api/client';
import { useSession } from '../auth/session';
import { notifyError } from '../lib/form-errors';
import { PrepromptLibrary } from './preprompt-library';

type Trigger = { trigger: string; kind: string; surface: string; title: string; enabled: boolean };
type Role = {
  ref: string;
  id: string | null;
  scope: string;
  name: string;
  description: string;
  instructions: string;
  editable: boolean;
};

function Triggers() {
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
      <Stack gap="xs">
        {(list.data ?? []).map((t) => (
          <Switch
            key={t.trigger}
            label={t.title}
            description={`${t.trigger} · ${t.surface}`}
            checked={t.enabled}
            onChange={() => set.mutate(t)}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function Roles() {
  const { user } = useSession();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['copilot', 'roles'],
    queryFn: () => get<{ items: Role[] }>('/copilot/roles').then((r) => r.items),
  });
  const [draft, setDraft] = useState<{ scope: string; name: string; instructions: string } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['copilot', 'roles'] });
  const create = useMutation({
    mutationFn: () => post('/copilot/roles', draft),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Role added' });
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
  return (
    <Paper p="lg" withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Chat roles</Title>
        <Button size="xs" onClick={() => setDraft({ scope: 'personal', name: '', instructions: '' })}>
          New role
        </Button>
      </Group>
      {draft && (
        <Stack gap="xs" mb="md">
          <Group grow>
            <TextInput
              label="Name"
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            <Select
              label="Who sees it"
              data={[
                { value: 'personal', label: 'Only me' },
                ...(user.role === 'admin' ? [{ value: 'account', label: 'Everyone in the account' }] : []),
              ]}
              value={draft.scope}
              onChange={(v) => v && setDraft({ ...draft, scope: v })}
            />
          </Group>
          <Textarea
            label="Instructions"
            autosize
            minRows={3}
            value={draft.instructions}
            onChange={(e) => setDraft({ ...draft, instructions: e.currentTarget.value })}
          />
          <Group>
            <Button
              size="xs"
              disabled={!draft.name.trim() || !draft.instructions.trim()}
              loading={create.isPending}
              onClick={() => create.mutate()}
            >
              Save role
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft(null)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
      <Table fz="sm" withTableBorder striped>
        <Table.Tbody>
          {(list.data ?? []).map((r) => (
            <Table.Tr key={r.ref}>
              <Table.Td fw={600}>{r.name}</Table.Td>
              <Table.Td c="dimmed">{r.description || r.instructions.slice(0, 90)}</Table.Td>
              <Table.Td>
                {r.scope === 'builtin' ? 'Built in' : r.scope === 'account' ? 'Account' : 'Mine'}
              </Table.Td>
              <Table.Td>
                {r.editable && r.id && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(r.id!)}>
                    Delete
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Settings → CoPilot: triggers (admins), the pre-prompt library and the chat roles. */
export function CopilotSettings() {
  const { user } = useSession();
  return (
    <Stack>
      {user.role === 'admin' && <Triggers />}
      <PrepromptLibrary />
      <Roles />
    </Stack>
  );
}
