import {
  Badge,
  Button,
  Code,
  FileButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { get, patch, post } from '../api/client';
import { useSession } from '../auth/session';
import { notifyError } from '../lib/form-errors';
import type { Preprompt } from './copilot-types';

const PLACEMENTS = [
  ['deal_comment', 'Deal comment'],
  ['task_comment', 'Task comment'],
  ['call_comment', 'Call comment'],
  ['task_description', 'Task description'],
  ['feed_post', 'Feed post'],
  ['feed_comment', 'Feed comment'],
  ['chat', 'Chat'],
  ['mail', 'Mail'],
  ['crm_mail', 'CRM mail'],
] as const;
const MARKERS =
  '{original_message} {user_message} {author_message} {context_messages} {language} {author.name} {current_result_0} {role}…{/role} @if(engine.code == "local") @else @endif @switch(engine.code) @case(openai) @endswitch @setTemperature(0.3) @setTokens(500)';

type Draft = {
  id: string | null;
  version: number;
  scope: 'personal' | 'account';
  code: string;
  title: string;
  placement: string;
  section: 'create' | 'edit';
  template: string;
};
const EMPTY: Draft = {
  id: null,
  version: 1,
  scope: 'personal',
  code: '',
  title: '',
  placement: 'deal_comment',
  section: 'edit',
  template: '{role}You are a helpful CRM writer.{/role}\nRewrite in {language}:\n{original_message}',
};

type Check = { ok: boolean; error?: { message: string; line: number; column: number }; markers: string[] };

/** The pre-prompt library: built-ins to copy, the account's (admins edit) and your own; templates checked as you type. */
export function PrepromptLibrary() {
  const { user } = useSession();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['copilot', 'preprompts', 'all'],
    queryFn: () => get<{ items: Preprompt[] }>('/copilot/preprompts').then((r) => r.items),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [template] = useDebouncedValue(draft?.template ?? '', 300);
  const check = useQuery({
    queryKey: ['copilot', 'check', template],
    queryFn: () => post<Check>('/copilot/preprompts/check', { template }),
    enabled: draft !== null && template.length > 0,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['copilot', 'preprompts'] });
  const save = useMutation({
    mutationFn: (d: Draft) =>
      d.id
        ? patch(`/copilot/preprompts/${d.id}`, { title: d.title, template: d.template, version: d.version })
        : post('/copilot/preprompts', {
            scope: d.scope,
            code: d.code,
            title: d.title,
            placement: d.placement,
            section: d.section,
            template: d.template,
          }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Pre-prompt saved' });
      setDraft(null);
      return refresh();
    },
    onError: (err) => notifyError(err, 'The pre-prompt was not saved'),
  });
  const download = async (scope: 'account' | 'personal') => {
    const file = await get('/copilot/preprompts/export', { scope });
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `cohelm-preprompts-${scope}.json`,
    });
    a.click();
    URL.revokeObjectURL(url);
  };
  const upload = async (f: File | null, scope: 'account' | 'personal') => {
    if (!f) return;
    try {
      const r = await post<{ created: number; updated: number }>('/copilot/preprompts/import', {
        ...JSON.parse(await f.text()),
        scope,
      });
      notifications.show({ color: 'teal', message: `Imported: ${r.created} new, ${r.updated} updated` });
      await refresh();
    } catch (err) {
      notifyError(err, 'The file was not imported');
    }
  };
  const editable = (p: Preprompt) =>
    p.scope === 'personal' || (p.scope === 'account' && user.role === 'admin');
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>Pre-prompts</Title>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => download('personal')}>
              Export mine
            </Button>
            <FileButton onChange={(f) => upload(f, 'personal')} accept="application/json">
              {(props) => (
                <Button size="xs" variant="default" {...props}>
                  Import
                </Button>
              )}
            </FileButton>
            <Button size="xs" onClick={() => setDraft({ ...EMPTY })}>
              New pre-prompt
            </Button>
          </Group>
        </Group>
        {draft && (
          <Paper withBorder p="md" bg="var(--mantine-color-gray-light)">
            <Stack gap="xs">
              <Group grow>
                <TextInput
                  label="Title"
                  value={draft.title}
                  onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
                />
                <TextInput
                  label="Code"
                  disabled={!!draft.id}
                  value={draft.code}
                  onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
                />
              </Group>
              <Group grow>
                <Select
                  label="Editor"
                  disabled={!!draft.id}
                  data={PLACEMENTS.map(([value, label]) => ({ value, label }))}
                  value={draft.placement}
                  onChange={(v) => v && setDraft({ ...draft, placement: v })}
                />
                <Select
                  label="Section"
                  disabled={!!draft.id}
                  data={[
                    { value: 'edit', label: 'Edit text' },
                    { value: 'create', label: 'Create text' },
                  ]}
                  value={draft.section}
                  onChange={(v) => v && setDraft({ ...draft, section: v as Draft['section'] })}
                />
                <Select
                  label="Who sees it"
                  disabled={!!draft.id}
                  data={[
                    { value: 'personal', label: 'Only me' },
                    ...(user.role === 'admin'
                      ? [{ value: 'account', label: 'Everyone in the account' }]
                      : []),
                  ]}
                  value={draft.scope}
                  onChange={(v) => v && setDraft({ ...draft, scope: v as Draft['scope'] })}
                />
              </Group>
              <Textarea
                label="Template"
                aria-label="Template"
                autosize
                minRows={5}
                styles={{ input: { fontFamily: 'monospace' } }}
                value={draft.template}
                onChange={(e) => setDraft({ ...draft, template: e.currentTarget.value })}
                error={
                  check.data && !check.data.ok
                    ? `Line ${check.data.error?.line}, column ${check.data.error?.column}: ${check.data.error?.message}`
                    : undefined
                }
              />
              <Text size="xs" c="dimmed">
                {check.data?.ok
                  ? `Valid. Uses: ${check.data.markers.join(', ') || 'no markers'}.`
                  : 'Markers and directives:'}{' '}
                <Code>{MARKERS}</Code>
              </Text>
              <Group>
                <Button
                  size="xs"
                  disabled={!check.data?.ok || !draft.title || (!draft.id && !draft.code)}
                  loading={save.isPending}
                  onClick={() => save.mutate(draft)}
                >
                  Save{draft.id ? ` as version ${draft.version + 1}` : ''}
                </Button>
                <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft(null)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
        <Table striped withTableBorder fz="sm">
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
                    <Badge size="xs" variant="light">
                      works offline
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.placement === '*'
                    ? 'Every editor'
                    : p.placement
                        .split(',')
                        .map((x) => x.replaceAll('_', ' '))
                        .join(', ')}
                </Table.Td>
                <Table.Td>{p.section}</Table.Td>
                <Table.Td>
                  {p.scope === 'builtin'
                    ? 'Built in'
                    : p.scope === 'account'
                      ? `Account · v${p.version}`
                      : `Mine · v${p.version}`}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() =>
                      setDraft(
                        editable(p) && p.id
                          ? {
                              id: p.id,
                              version: p.version,
                              scope: p.scope as Draft['scope'],
                              code: p.code,
                              title: p.title,
                              placement: p.placement,
                              section: p.section,
                              template: p.template,
                            }
                          : {
                              ...EMPTY,
                              code: `${p.code}_copy`,
                              title: `${p.title} (copy)`,
                              placement:
                                p.placement === '*' || p.placement.includes(',')
                                  ? 'deal_comment'
                                  : p.placement,
                              section: p.section,
                              template: p.template,
                            },
                      )
                    }
                  >
                    {editable(p) ? 'Edit' : 'Copy to edit'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
