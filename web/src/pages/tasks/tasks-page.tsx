import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconChecklist, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useUpdate } from '../../api/mutations';
import { useList, useUsers } from '../../api/queries';
import type { Task } from '../../api/types';
import { useSession } from '../../auth/session';
import { PriorityBadge, TaskStatusBadge } from '../../components/badges';
import { Empty } from '../../components/empty';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { DealName } from '../../components/record-name';
import { UserAvatar } from '../../components/user-avatar';
import { notifyError } from '../../lib/form-errors';
import { formatDateTime, isOverdue } from '../../lib/format';
import { useSearchState } from '../../lib/search-state';
import { NewTaskModal } from './new-task-modal';
import { TaskDrawer } from './task-drawer';

const LIMIT = 25;
const STATUS_FILTERS: Record<string, string[] | undefined> = {
  open: ['open', 'in_progress'],
  done: ['done'],
  cancelled: ['cancelled'],
  all: undefined,
};

export function TasksPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { search: urlSearch } = useLocation();
  const { user } = useSession();
  const { nameOf } = useUsers();
  const state = useSearchState(['scope', 'status', 'due', 'q'] as const);
  const { scope, status, due, q } = state.values;
  const [creating, createModal] = useDisclosure();
  const [text, setText] = useState(q);
  const search = useDebouncedCallback((value: string) => state.set({ q: value }), 300);
  const statusKey = status || 'open';
  const list = useList<Task>('tasks', {
    q: q || undefined,
    assigneeId: scope === 'all' ? undefined : user.id,
    status: STATUS_FILTERS[statusKey],
    due: due || undefined,
    sort: 'dueAt',
    order: 'asc',
    limit: LIMIT,
    offset: state.offset,
  });
  const update = useUpdate<Task>('tasks');
  const toggleDone = (task: Task) =>
    update.mutate(
      { record: task, changes: { status: task.status === 'done' ? 'open' : 'done' } },
      { onError: (err) => notifyError(err, 'The task was not updated') },
    );
  const items = list.data?.items ?? [];
  const filtered = !!(q || due || statusKey !== 'open');

  return (
    <>
      <PageHeader
        title="Tasks"
        description="What needs doing, soonest due first."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
            New task
          </Button>
        }
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label="Whose tasks"
          value={scope === 'all' ? 'all' : 'mine'}
          onChange={(v) => state.set({ scope: v === 'all' ? 'all' : null })}
          data={[
            { value: 'mine', label: 'My tasks' },
            { value: 'all', label: 'All tasks' },
          ]}
        />
        <Select
          aria-label="Status"
          w={150}
          allowDeselect={false}
          value={statusKey}
          onChange={(v) => state.set({ status: v === 'open' ? null : v })}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'done', label: 'Done' },
            { value: 'cancelled', label: 'Cancelled' },
            { value: 'all', label: 'Any status' },
          ]}
        />
        <SegmentedControl
          aria-label="Due"
          value={due || 'any'}
          onChange={(v) => state.set({ due: v === 'any' ? null : v })}
          data={[
            { value: 'any', label: 'Any time' },
            { value: 'overdue', label: 'Overdue' },
            { value: 'today', label: 'Today' },
            { value: 'week', label: 'This week' },
          ]}
        />
        <TextInput
          aria-label="Search tasks"
          placeholder="Search tasks"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            search(e.currentTarget.value);
          }}
          w={{ base: '100%', sm: 240 }}
        />
      </Group>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : list.data && items.length === 0 && state.offset === 0 ? (
        <Paper>
          <Empty
            icon={<IconChecklist size={28} />}
            title={
              filtered
                ? 'No tasks match these filters'
                : scope === 'all'
                  ? 'No open tasks'
                  : 'Nothing on your plate'
            }
            description={
              filtered
                ? 'Change the filters to see more tasks.'
                : 'Create a task for the next step on a deal, and give it a due date so it shows up here on time.'
            }
            action={
              <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
                New task
              </Button>
            }
          />
        </Paper>
      ) : (
        <ListTable
          list={list}
          minWidth={820}
          columns={7}
          limit={LIMIT}
          offset={state.offset}
          onOffset={(offset) => state.set({ offset })}
          head={
            <>
              <Table.Th w={40} />
              <Table.Th>Task</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Priority</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Assignee</Table.Th>
              <Table.Th>Deal</Table.Th>
            </>
          }
          row={(task) => (
            <Table.Tr
              key={task.id}
              className="row-link"
              onClick={() => navigate(`/tasks/${task.id}${urlSearch}`)}
            >
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Checkbox
                  aria-label={task.status === 'done' ? `Reopen ${task.title}` : `Mark ${task.title} done`}
                  checked={task.status === 'done'}
                  onChange={() => toggleDone(task)}
                  radius="xl"
                  color="teal"
                />
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/tasks/${task.id}${urlSearch}`}
                  size="sm"
                  fw={600}
                  c="var(--mantine-color-text)"
                  td={task.status === 'done' ? 'line-through' : undefined}
                  onClick={(e) => e.stopPropagation()}
                >
                  {task.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={task.status} />
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={task.priority} />
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  c={isOverdue(task.dueAt, task.status) ? 'red' : undefined}
                  fw={isOverdue(task.dueAt, task.status) ? 600 : undefined}
                >
                  {formatDateTime(task.dueAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  <UserAvatar name={nameOf(task.assigneeId)} size={24} />
                  <Text size="sm">{nameOf(task.assigneeId)}</Text>
                </Group>
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                {task.dealId ? (
                  <Anchor component={Link} to={`/deals/${task.dealId}`} size="sm">
                    <DealName id={task.dealId} />
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          )}
        />
      )}
      <NewTaskModal opened={creating} onClose={createModal.close} />
      <TaskDrawer id={id} onClose={() => navigate(`/tasks${urlSearch}`)} />
    </>
  );
}
