import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { del, get } from '../api/client';
import { useSession } from '../auth/session';
import { QueryError } from '../components/query-error';
import { notifyError } from '../lib/form-errors';
import type { Preprompt } from './copilot-types';
import { LibraryIo } from './library-io';
import { type Draft, draftOf, NEW_DRAFT, PrepromptForm } from './preprompt-form';
import { PrepromptVersions } from './preprompt-versions';

const FROM = { builtin: 'Built in', account: 'Account', personal: 'Mine' } as const;
const where = (placement: string) =>
  placement === '*'
    ? 'Every editor'
    : placement
        .split(',')
        .map((x) => x.replaceAll('_', ' '))
        .join(', ');

/** The pre-prompt library: built-ins to copy, the account's (admins edit them) and your own, with versions. */
export function PrepromptLibrary() {
  const { user } = useSession();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['copilot', 'preprompts', 'all'],
    queryFn: () => get<{ items: Preprompt[] }>('/copilot/preprompts').then((r) => r.items),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [history, setHistory] = useState<Preprompt | null>(null);
  const remove = useMutation({
    mutationFn: (p: Preprompt) => del(`/copilot/preprompts/${p.id}`),
    onSuccess: () => {
      notifications.show({ color: 'gray', message: 'Pre-prompt archived' });
      return qc.invalidateQueries({ queryKey: ['copilot', 'preprompts'] });
    },
    onError: (err) => notifyError(err, 'The pre-prompt was not archived'),
  });
  const editable = (p: Preprompt) =>
    p.scope === 'personal' || (p.scope === 'account' && user.role === 'admin');
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <Group justify="space-between">
          <div>
            <Title order={4}>Pre-prompts</Title>
            <Text size="sm" c="dimmed">
              The actions of the CoPilot button in each editor. Built-in ones are read-only: copy one to make
              it yours.
            </Text>
          </div>
          <Group gap="xs">
            <LibraryIo scope="personal" />
            {user.role === 'admin' && <LibraryIo scope="account" />}
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDraft({ ...NEW_DRAFT })}>
              New pre-prompt
            </Button>
          </Group>
        </Group>
        {draft && <PrepromptForm draft={draft} onChange={setDraft} onClose={() => setDraft(null)} />}
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table striped withTableBorder fz="sm" aria-label="Pre-prompts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Title</Table.Th>
                <Table.Th>Editor</Table.Th>
                <Table.Th>Section</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((p) => (
                <Table.Tr key={p.ref}>
                  <Table.Td>
                    {p.title}{' '}
                    {p.worksOffline && (
                      <Badge size="xs" variant="light" title="The built-in local engine can do it">
                        works offline
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{where(p.placement)}</Table.Td>
                  <Table.Td>{p.section}</Table.Td>
                  <Table.Td>
                    {FROM[p.scope]}
                    {p.scope !== 'builtin' && ` · v${p.version}`}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`${editable(p) ? 'Edit' : 'Copy to edit'} ${p.title}`}
                        onClick={() => setDraft(draftOf(p, editable(p)))}
                      >
                        {editable(p) ? 'Edit' : 'Copy to edit'}
                      </Button>
                      {p.id && (
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              size="sm"
                              aria-label={`More for ${p.title}`}
                            >
                              <IconDots size={14} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setHistory(p)}>Version history</Menu.Item>
                            {editable(p) && (
                              <Menu.Item color="red" onClick={() => remove.mutate(p)}>
                                Archive
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <PrepromptVersions
        preprompt={history}
        onClose={() => setHistory(null)}
        onRestore={
          history && editable(history)
            ? (v) => {
                setDraft({ ...draftOf(history, true), title: v.title, template: v.template });
                setHistory(null);
              }
            : undefined
        }
      />
    </Paper>
  );
}
