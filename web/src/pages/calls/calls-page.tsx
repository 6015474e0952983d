import { Anchor, Button, Group, Paper, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconMicrophone, IconPhone, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useList, useUsers } from '../../api/queries';
import { CALL_STATUSES, type Call } from '../../api/types';
import { CallStatusBadge } from '../../components/badges';
import { Empty } from '../../components/empty';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { DealName } from '../../components/record-name';
import { formatDateTime, formatDuration, humanize } from '../../lib/format';
import { useSearchState } from '../../lib/search-state';
import { DirectionIcon } from './direction-icon';
import { NewCallModal } from './new-call-modal';

const LIMIT = 25;

export function CallsPage() {
  const state = useSearchState(['q', 'status', 'direction'] as const);
  const { q, status, direction } = state.values;
  const navigate = useNavigate();
  const { nameOf } = useUsers();
  const [creating, modal] = useDisclosure();
  const [text, setText] = useState(q);
  const search = useDebouncedCallback((value: string) => state.set({ q: value }), 300);
  const list = useList<Call>('calls', {
    q: q || undefined,
    status: status || undefined,
    direction: direction || undefined,
    sort: 'createdAt',
    order: 'desc',
    limit: LIMIT,
    offset: state.offset,
  });
  const items = list.data?.items ?? [];
  const filtered = !!(q || status || direction);
  return (
    <>
      <PageHeader
        title="Calls"
        description="Calls with their recordings and transcripts, newest first."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
            Log call
          </Button>
        }
      />
      <Group gap="sm" mb="md">
        <TextInput
          aria-label="Search calls"
          placeholder="Search by subject"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            search(e.currentTarget.value);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          aria-label="Status"
          placeholder="Any status"
          clearable
          w={160}
          value={status || null}
          onChange={(v) => state.set({ status: v })}
          data={CALL_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
        />
        <Select
          aria-label="Direction"
          placeholder="Both directions"
          clearable
          w={170}
          value={direction || null}
          onChange={(v) => state.set({ direction: v })}
          data={[
            { value: 'inbound', label: 'Inbound' },
            { value: 'outbound', label: 'Outbound' },
          ]}
        />
      </Group>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : list.data && items.length === 0 && state.offset === 0 ? (
        <Paper>
          <Empty
            icon={<IconPhone size={28} />}
            title={filtered ? 'No calls match these filters' : 'No calls yet'}
            description={
              filtered
                ? 'Change the filters to see more calls.'
                : 'Log a call after you talk to a customer, or plan one ahead. Link it to a deal to see it there.'
            }
            action={
              <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
                Log call
              </Button>
            }
          />
        </Paper>
      ) : (
        <ListTable
          list={list}
          minWidth={860}
          columns={7}
          limit={LIMIT}
          offset={state.offset}
          onOffset={(offset) => state.set({ offset })}
          head={
            <>
              <Table.Th w={48} />
              <Table.Th>Call</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Participants</Table.Th>
              <Table.Th>Deal</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th ta="right">Duration</Table.Th>
            </>
          }
          row={(call) => (
            <Table.Tr key={call.id} className="row-link" onClick={() => navigate(`/calls/${call.id}`)}>
              <Table.Td>
                <DirectionIcon direction={call.direction} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={`/calls/${call.id}`}
                    fw={600}
                    size="sm"
                    c="var(--mantine-color-text)"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {call.subject || 'Untitled call'}
                  </Anchor>
                  {call.hasRecording && (
                    <Tooltip label="Has a recording">
                      <IconMicrophone
                        size={14}
                        color="var(--mantine-color-dimmed)"
                        aria-label="Has a recording"
                      />
                    </Tooltip>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {nameOf(call.ownerId)}
                </Text>
              </Table.Td>
              <Table.Td>
                <CallStatusBadge status={call.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {call.participants.map((p) => p.name).join(', ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                {call.dealId ? (
                  <Anchor component={Link} to={`/deals/${call.dealId}`} size="sm">
                    <DealName id={call.dealId} />
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">{formatDateTime(call.startedAt ?? call.createdAt)}</Table.Td>
              <Table.Td ta="right" fz="sm" className="num">
                {formatDuration(call.durationSeconds)}
              </Table.Td>
            </Table.Tr>
          )}
        />
      )}
      <NewCallModal opened={creating} onClose={modal.close} />
    </>
  );
}
