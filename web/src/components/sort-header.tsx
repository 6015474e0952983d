import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A column header that sorts the list by its field; a second click flips the order. */
export function SortHeader({
  field,
  sort,
  order,
  onSort,
  children,
  align,
}: {
  field: string;
  sort: string;
  order: string;
  onSort: (field: string, order: 'asc' | 'desc') => void;
  children: ReactNode;
  align?: 'right';
}) {
  const active = sort === field;
  const Icon = active ? (order === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <Table.Th ta={align} aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() => onSort(field, active && order === 'desc' ? 'asc' : 'desc')}
        fw={600}
        fz="sm"
      >
        <Group gap={4} justify={align === 'right' ? 'flex-end' : undefined} wrap="nowrap">
          {children}
          <Icon size={14} stroke={1.6} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
