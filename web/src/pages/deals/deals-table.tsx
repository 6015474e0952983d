import { Anchor, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconCurrencyDollar, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useList, useStages, useUsers } from '../../api/queries';
import type { Deal } from '../../api/types';
import { StageBadge } from '../../components/badges';
import { Empty } from '../../components/empty';
import { ListTable } from '../../components/list-table';
import { QueryError } from '../../components/query-error';
import { SortHeader } from '../../components/sort-header';
import { TimeAgo } from '../../components/time-ago';
import { UserAvatar } from '../../components/user-avatar';
import { formatDate, formatMoney } from '../../lib/format';
import type { useSearchState } from '../../lib/search-state';

const LIMIT = 25;
type State = ReturnType<typeof useSearchState<'q' | 'stage' | 'owner' | 'sort' | 'order' | 'view'>>;

export function DealsTable({ state, onCreate }: { state: State; onCreate: () => void }) {
  const { q, stage, owner, sort, order } = state.values;
  const { stages, byId: stageById } = useStages();
  const { nameOf } = useUsers();
  const navigate = useNavigate();
  const sortBy = sort || 'lastActivityAt';
  const orderBy = order || 'desc';
  const list = useList<Deal>('deals', {
    q: q || undefined,
    stageId: stage || undefined,
    ownerId: owner || undefined,
    sort: sortBy,
    order: orderBy,
    limit: LIMIT,
    offset: state.offset,
  });
  const onSort = (field: string, o: 'asc' | 'desc') => state.set({ sort: field, order: o });
  const filtered = !!(q || stage || owner);

  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  const items = list.data?.items ?? [];
  if (list.data && items.length === 0 && state.offset === 0)
    return (
      <Paper>
        {filtered ? (
          <Empty
            icon={<IconCurrencyDollar size={28} />}
            title="No deals match these filters"
            description="Try another search or stage, or clear the filters to see every deal."
            action={
              <Button variant="default" onClick={() => state.set({ q: '', stage: '', owner: '' })}>
                Clear filters
              </Button>
            }
          />
        ) : (
          <Empty
            icon={<IconCurrencyDollar size={28} />}
            title="No deals yet"
            description="Create your first deal to start tracking your pipeline."
            action={
              <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
                New deal
              </Button>
            }
          />
        )}
      </Paper>
    );

  return (
    <ListTable
      list={list}
      minWidth={860}
      columns={6}
      limit={LIMIT}
      offset={state.offset}
      onOffset={(offset) => state.set({ offset })}
      head={
        <>
          <SortHeader field="title" sort={sortBy} order={orderBy} onSort={onSort}>
            Deal
          </SortHeader>
          <Table.Th>Stage</Table.Th>
          <SortHeader field="amount" sort={sortBy} order={orderBy} onSort={onSort} align="right">
            Amount
          </SortHeader>
          <Table.Th>Owner</Table.Th>
          <SortHeader field="expectedCloseDate" sort={sortBy} order={orderBy} onSort={onSort}>
            Expected close
          </SortHeader>
          <SortHeader field="lastActivityAt" sort={sortBy} order={orderBy} onSort={onSort}>
            Last activity
          </SortHeader>
        </>
      }
      row={(deal) => (
        <Table.Tr key={deal.id} className="row-link" onClick={() => navigate(`/deals/${deal.id}`)}>
          <Table.Td>
            <Anchor
              component={Link}
              to={`/deals/${deal.id}`}
              fw={600}
              c="var(--mantine-color-text)"
              onClick={(e) => e.stopPropagation()}
            >
              {deal.title}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <StageBadge stage={stageById.get(deal.stageId)} stages={stages} />
          </Table.Td>
          <Table.Td ta="right" className="num" fz="sm">
            {formatMoney(deal.amount, deal.currency)}
          </Table.Td>
          <Table.Td>
            <Group gap={8} wrap="nowrap">
              <UserAvatar name={nameOf(deal.ownerId)} size={24} />
              <Text size="sm">{nameOf(deal.ownerId)}</Text>
            </Group>
          </Table.Td>
          <Table.Td fz="sm">{formatDate(deal.expectedCloseDate)}</Table.Td>
          <Table.Td>
            <TimeAgo value={deal.lastActivityAt} size="sm" c="dimmed" />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
