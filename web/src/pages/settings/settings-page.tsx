import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLock, IconPlus, IconSparkles, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, del, get, patch, post } from '../../api/client';
import { keys } from '../../api/queries';
import type { User } from '../../api/types';
import { useSession } from '../../auth/session';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { TimeAgo } from '../../components/time-ago';
import { CopilotSettings } from '../../copilot/copilot-settings';
import { UsagePanel } from '../governance/usage-panel';
import { AiConsentCard } from './ai-consent-card';
import { MyAiPanel } from './my-ai-panel';

type ApiKey = {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};

const errorText = (err: unknown) => (err instanceof ApiError ? err.message : 'Something went wrong');

function PasswordPanel() {
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useMutation({
    mutationFn: () => post<void>('/auth/password', { currentPassword: current, newPassword: next }),
    onSuccess: () => {
      notifications.show({ message: 'Password changed. Sign in again with the new one.', color: 'green' });
      navigate('/login', { replace: true });
    },
  });
  const fields = change.error instanceof ApiError ? change.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <Paper p="lg" maw={480}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            Changing your password signs you out everywhere, including this browser.
          </Text>
          <PasswordInput
            label="Current password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label="New password"
            description="At least 10 characters"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={fields.newPassword}
            required
          />
          {change.isError && !fields.newPassword && <Alert color="red">{errorText(change.error)}</Alert>}
          <Group>
            <Button type="submit" loading={change.isPending} disabled={!current || next.length < 10}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ApiKeysPanel({ people }: { people: Map<string, string> }) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: ['api-keys'], queryFn: () => get<{ items: ApiKey[] }>('/api-keys') });
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => post<ApiKey & { key: string }>('/api-keys', { name }),
    onSuccess: (created) => {
      setShown(created.key);
      setName('');
      client.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => del(`/api-keys/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
    onError: (err) => notifications.show({ color: 'red', message: errorText(err) }),
  });
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Paper p="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput
              label="New API key"
              description="For integrations: send it as Authorization: Bearer <key>. It acts as you."
              placeholder="e.g. CRM sync"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={create.isError ? errorText(create.error) : undefined}
              w={360}
            />
            <Button
              type="submit"
              leftSection={<IconPlus size={16} />}
              loading={create.isPending}
              disabled={!name.trim()}
            >
              Create key
            </Button>
          </Group>
        </form>
      </Paper>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Paper style={{ overflow: 'hidden' }}>
          <Table>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Key</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" size="sm" py="sm">
                      No API keys yet. Create one to connect another system to Cohelm.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td>
                    <Code>{k.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{people.get(k.userId) ?? 'Someone'}</Table.Td>
                  <Table.Td>
                    {k.lastUsedAt ? (
                      <TimeAgo value={k.lastUsedAt} />
                    ) : (
                      <Text c="dimmed" size="sm">
                        never
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {k.revokedAt ? (
                      <Badge color="gray" variant="light">
                        revoked
                      </Badge>
                    ) : (
                      <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(k.id)}>
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Modal opened={shown !== null} onClose={() => setShown(null)} title="Your new API key" size="lg">
        <Stack>
          <Alert color="yellow">
            Copy it now: it is shown only this once. Cohelm stores only a hash of it.
          </Alert>
          <Code block>{shown}</Code>
          <Group justify="flex-end">
            <CopyButton value={shown ?? ''}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy key'}</Button>}
            </CopyButton>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function PeoplePanel({ users }: { users: User[] }) {
  const client = useQueryClient();
  const { user: me } = useSession();
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState({ name: '', email: '', password: '', role: 'user' });
  const refresh = () => client.invalidateQueries({ queryKey: keys.users });
  const add = useMutation({
    mutationFn: () => post<User>('/users', draft),
    onSuccess: () => {
      setAdding(false);
      setDraft({ name: '', email: '', password: '', role: 'user' });
      refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<User> }) => patch<User>(`/users/${id}`, body),
    onSuccess: refresh,
    onError: (err) => notifications.show({ color: 'red', message: errorText(err) }),
  });
  const fields = add.error instanceof ApiError ? add.error.fieldErrors() : {};
  return (
    <Stack>
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Add person
        </Button>
      </Group>
      <Paper style={{ overflow: 'hidden' }}>
        <Table>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Active</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Role of ${u.name}`}
                    size="xs"
                    w={110}
                    data={['admin', 'user']}
                    value={u.role}
                    allowDeselect={false}
                    onChange={(role) =>
                      role && change.mutate({ id: u.id, body: { role: role as User['role'] } })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={`${u.name} may sign in`}
                    checked={!u.blocked}
                    disabled={u.id === me.id}
                    onChange={(e) => change.mutate({ id: u.id, body: { blocked: !e.currentTarget.checked } })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add a person">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              error={fields.name}
              required
            />
            <TextInput
              label="Email"
              value={draft.email}
              onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
              error={fields.email}
              required
            />
            <PasswordInput
              label="First password"
              description="At least 10 characters; they can change it under Settings"
              value={draft.password}
              onChange={(e) => setDraft({ ...draft, password: e.currentTarget.value })}
              error={fields.password}
              required
            />
            <Select
              label="Role"
              data={['user', 'admin']}
              value={draft.role}
              allowDeselect={false}
              onChange={(role) => setDraft({ ...draft, role: role ?? 'user' })}
            />
            {add.isError && Object.keys(fields).length === 0 && (
              <Alert color="red">{errorText(add.error)}</Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>
                Add
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

/** Your password and API keys; for admins also the people of the account. */
export function SettingsPage() {
  const { user } = useSession();
  const users = useQuery({
    queryKey: keys.users,
    queryFn: () => get<{ items: User[] }>('/users').then((r) => r.items),
  });
  const people = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your sign-in, API keys, AI choices and, for administrators, the people of your account."
      />
      <Tabs defaultValue="password" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="password" leftSection={<IconLock size={16} />}>
            Password
          </Tabs.Tab>
          <Tabs.Tab value="keys" leftSection={<IconKey size={16} />}>
            API keys
          </Tabs.Tab>
          <Tabs.Tab value="ai" leftSection={<IconSparkles size={16} />}>
            AI
          </Tabs.Tab>
          <Tabs.Tab value="copilot" leftSection={<IconSparkles size={16} />}>
            CoPilot
          </Tabs.Tab>
          {user.role === 'admin' && (
            <Tabs.Tab value="people" leftSection={<IconUsers size={16} />}>
              People
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="password">
          <PasswordPanel />
        </Tabs.Panel>
        <Tabs.Panel value="keys">
          <ApiKeysPanel people={people} />
        </Tabs.Panel>
        <Tabs.Panel value="ai">
          <Stack>
            <AiConsentCard />
            <MyAiPanel />
            <UsagePanel mineOnly />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="copilot">
          <CopilotSettings />
        </Tabs.Panel>
        {user.role === 'admin' && (
          <Tabs.Panel value="people">
            {users.isError ? (
              <QueryError error={users.error} onRetry={() => users.refetch()} />
            ) : (
              <PeoplePanel users={users.data ?? []} />
            )}
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
