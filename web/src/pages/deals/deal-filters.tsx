import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useStages, useUsers } from '../../api/queries';
import { useSession } from '../../auth/session';

type DealFilterValues = { q: string; stage: string; owner: string };

export function DealFilters({
  values,
  onChange,
  showStage = true,
}: {
  values: DealFilterValues;
  onChange: (changes: Partial<DealFilterValues>) => void;
  showStage?: boolean;
}) {
  const { stages } = useStages();
  const { options } = useUsers();
  const { user } = useSession();
  const [text, setText] = useState(values.q);
  const search = useDebouncedCallback((q: string) => onChange({ q }), 300);
  const owners = [{ value: user.id, label: 'Me' }, ...options.filter((o) => o.value !== user.id)];
  return (
    <Group gap="sm" mb="md" wrap="wrap">
      <TextInput
        placeholder="Search deals by title"
        aria-label="Search deals"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          search(e.currentTarget.value);
        }}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label="Clear search"
              onClick={() => {
                setText('');
                onChange({ q: '' });
              }}
            />
          ) : null
        }
        w={{ base: '100%', sm: 280 }}
      />
      {showStage && (
        <Select
          placeholder="All stages"
          aria-label="Filter by stage"
          data={stages.map((s) => ({ value: s.id, label: s.name }))}
          value={values.stage || null}
          onChange={(v) => onChange({ stage: v ?? '' })}
          clearable
          w={180}
        />
      )}
      <Select
        placeholder="All owners"
        aria-label="Filter by owner"
        data={owners}
        value={values.owner || null}
        onChange={(v) => onChange({ owner: v ?? '' })}
        clearable
        searchable
        w={180}
      />
    </Group>
  );
}
