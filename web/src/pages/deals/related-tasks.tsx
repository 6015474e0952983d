import { Anchor, Button, Checkbox, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useUpdate } from '../../api/mutations';
import { useList, useUsers } from '../../api/queries';
import type { Task } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { Section } from '../../components/section';
import { notifyError } from '../../lib/form-errors';
import { formatDateTime, isOverdue } from '../../lib/format';
import { NewTaskModal } from '../tasks/new-task-modal';

export function RelatedTasks({ dealId }: { dealId: string }) {
  const list = useList<Task>('tasks', { dealId, sort: 'dueAt', order: 'asc', limit: 50 });
  const { nameOf } = useUsers();
  const update = useUpdate<Task>('tasks');
  const [creating, modal] = useDisclosure();
  const items = list.data?.items ?? [];
  const open = items.filter((t) => t.status === 'open' || t.status === 'in_progress').length;
  return (
    <Section
      title={`Tasks${list.data ? ` · ${open} open` : ''}`}
      actions={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={modal.open}>
          Add task
        </Button>
      }
    >
      {list.isPending && <Skeleton h={40} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          No tasks yet. Add the next step so that nothing slips.
        </Text>
      )}
      <Stack gap="xs">
        {items.map((task) => (
          <Group key={task.id} gap="sm" wrap="nowrap" align="flex-start">
            <Checkbox
              mt={2}
              radius="xl"
              color="teal"
              aria-label={task.status === 'done' ? `Reopen ${task.title}` : `Mark ${task.title} done`}
              checked={task.status === 'done'}
              onChange={() =>
                update.mutate(
                  { record: task, changes: { status: task.status === 'done' ? 'open' : 'done' } },
                  { onError: (err) => notifyError(err, 'The task was not updated') },
                )
              }
            />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/tasks/${task.id}?scope=all&status=all`}
                size="sm"
                fw={500}
                c="var(--mantine-color-text)"
                td={task.status === 'done' ? 'line-through' : undefined}
              >
                {task.title}
              </Anchor>
              <Text size="xs" c={isOverdue(task.dueAt, task.status) ? 'red' : 'dimmed'}>
                {task.dueAt ? `Due ${formatDateTime(task.dueAt)}` : 'No due date'} · {nameOf(task.assigneeId)}
              </Text>
            </Stack>
          </Group>
        ))}
      </Stack>
      <NewTaskModal opened={creating} onClose={modal.close} defaults={{ dealId }} />
    </Section>
  );
}
