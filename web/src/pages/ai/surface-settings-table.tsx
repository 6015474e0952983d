import { Button, MultiSelect, Select, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, put } from '../../api/client';
import { SURFACE_LABELS, type SurfaceSettings, type Technology } from './ai-types';

function SurfaceRow({ s, technologies }: { s: SurfaceSettings; technologies: Technology[] }) {
  const qc = useQueryClient();
  const [draft, setDraft] = useState(s);
  useEffect(() => setDraft(s), [s]);
  const options = technologies.map((t) => ({
    value: t.id,
    label: `${t.name}${t.status === 'disabled' ? ' (disabled)' : ''}`,
  }));
  const dirty = JSON.stringify(draft) !== JSON.stringify(s);
  const save = useMutation({
    mutationFn: () =>
      put<SurfaceSettings>(`/ai/surfaces/${s.surface}`, {
        enabled: draft.enabled,
        defaultTechnologyId: draft.defaultTechnologyId,
        allowedTechnologyIds: draft.allowedTechnologyIds,
        fallbackTechnologyIds: draft.fallbackTechnologyIds,
        version: s.version || undefined,
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['ai'] });
      notifications.show({ color: 'green', message: `${SURFACE_LABELS[s.surface]}: saved.` });
    },
    onError: (e) =>
      notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : 'Could not save' }),
  });
  const allowed = options.filter((o) => draft.allowedTechnologyIds.includes(o.value));
  return (
    <Table.Tr data-testid={`surface-${s.surface}`}>
      <Table.Td>
        <Text fw={600} size="sm">
          {SURFACE_LABELS[s.surface]}
        </Text>
      </Table.Td>
      <Table.Td>
        <Switch
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })}
          aria-label={`AI on for ${SURFACE_LABELS[s.surface]}`}
        />
      </Table.Td>
      <Table.Td miw={200}>
        <Select
          size="xs"
          data={allowed}
          value={draft.defaultTechnologyId}
          allowDeselect={false}
          onChange={(v) => v && setDraft({ ...draft, defaultTechnologyId: v })}
          aria-label="Default technology"
        />
      </Table.Td>
      <Table.Td miw={240}>
        <MultiSelect
          size="xs"
          data={options}
          value={draft.allowedTechnologyIds}
          onChange={(ids) =>
            setDraft({
              ...draft,
              allowedTechnologyIds: ids,
              defaultTechnologyId: ids.includes(draft.defaultTechnologyId)
                ? draft.defaultTechnologyId
                : (ids[0] ?? ''),
            })
          }
          aria-label="Users may choose"
        />
      </Table.Td>
      <Table.Td miw={220}>
        <MultiSelect
          size="xs"
          data={options.filter((o) => o.value !== draft.defaultTechnologyId)}
          value={draft.fallbackTechnologyIds.filter((id) => id !== draft.defaultTechnologyId)}
          onChange={(ids) => setDraft({ ...draft, fallbackTechnologyIds: ids })}
          aria-label="Fallbacks, in order"
        />
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          disabled={!dirty || draft.allowedTechnologyIds.length === 0}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          Save
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Per surface: AI on or off, the default technology, what users may choose, and the fallbacks. */
export function SurfaceSettingsTable({
  surfaces,
  technologies,
}: {
  surfaces: SurfaceSettings[];
  technologies: Technology[];
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Surface</Table.Th>
            <Table.Th>AI on</Table.Th>
            <Table.Th>Default</Table.Th>
            <Table.Th>Users may choose</Table.Th>
            <Table.Th>Fallbacks, in order</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {surfaces.map((s) => (
            <SurfaceRow key={s.surface} s={s} technologies={technologies} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
