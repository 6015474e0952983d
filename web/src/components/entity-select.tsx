import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { get } from '../api/client';
import { keys, useList } from '../api/queries';
import { type Company, type Contact, contactName, type Deal } from '../api/types';

type Kind = 'companies' | 'contacts' | 'deals';
type Row = Company | Contact | Deal;

const labelOf = (kind: Kind, row: Row): string => {
  if (kind === 'companies') return (row as Company).name;
  if (kind === 'contacts') {
    const c = row as Contact;
    return c.email ? `${contactName(c)} · ${c.email}` : contactName(c);
  }
  return (row as Deal).title;
};

const NOUN: Record<Kind, string> = { companies: 'companies', contacts: 'contacts', deals: 'deals' };

/** Server-side search over a record type, keeping the labels of the chosen ids even when off-page. */
function useOptions(kind: Kind, chosen: string[], search: string) {
  const picked = useQueries({
    queries: chosen.map((id) => ({
      queryKey: keys.one(kind, id),
      queryFn: () => get<Row>(`/${kind}/${id}`),
      staleTime: 60_000,
    })),
  });
  const options = new Map<string, string>();
  for (const p of picked) if (p.data) options.set(p.data.id, labelOf(kind, p.data));
  // A single select shows the chosen label as its search text; that is not a search.
  const [debounced] = useDebouncedValue([...options.values()].includes(search) ? '' : search, 250);
  const list = useList<Row>(kind, { q: debounced || undefined, limit: 20 });
  for (const row of list.data?.items ?? []) options.set(row.id, labelOf(kind, row));
  return {
    data: [...options].map(([value, label]) => ({ value, label })),
    loading: list.isFetching,
  };
}

type Common = { kind: Kind; label?: string; placeholder?: string; error?: string; description?: string };

export function EntitySelect({
  value,
  onChange,
  ...props
}: Common & { value: string | null; onChange: (id: string | null) => void }) {
  const [search, setSearch] = useState('');
  const { data } = useOptions(props.kind, value ? [value] : [], search);
  return (
    <Select
      label={props.label}
      placeholder={props.placeholder ?? `Search ${NOUN[props.kind]}…`}
      description={props.description}
      error={props.error}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text.
      filter={({ options }) => options}
      nothingFoundMessage={`No ${NOUN[props.kind]} match`}
    />
  );
}

export function EntityMultiSelect({
  value,
  onChange,
  ...props
}: Common & { value: string[]; onChange: (ids: string[]) => void }) {
  const [search, setSearch] = useState('');
  const { data } = useOptions(props.kind, value, search);
  return (
    <MultiSelect
      label={props.label}
      placeholder={value.length ? undefined : (props.placeholder ?? `Search ${NOUN[props.kind]}…`)}
      description={props.description}
      error={props.error}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={`No ${NOUN[props.kind]} match`}
    />
  );
}
