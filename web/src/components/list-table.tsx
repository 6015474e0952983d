import { Paper, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Page } from '../api/types';
import { Pager } from './pager';
import { TableSkeleton } from './table-skeleton';

/**
 * A paged list of records: the table frame, loading rows, the dimmed previous page while the next one
 * loads, and the pager. Pages give the header cells and how to draw one row.
 */
export function ListTable<T>({
  list,
  minWidth,
  columns,
  head,
  row,
  limit,
  offset,
  onOffset,
}: {
  list: { data?: Page<T>; isPending: boolean; isPlaceholderData: boolean };
  minWidth: number;
  columns: number;
  head: ReactNode;
  row: (item: T) => ReactNode;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  return (
    <>
      <Paper style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={minWidth}>
          <Table>
            <Table.Thead bg="gray.0">
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            {list.isPending ? (
              <TableSkeleton columns={columns} />
            ) : (
              <Table.Tbody style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                {(list.data?.items ?? []).map(row)}
              </Table.Tbody>
            )}
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {list.data && <Pager total={list.data.total} limit={limit} offset={offset} onOffset={onOffset} />}
    </>
  );
}
