import { Button, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { isApiError } from '../../api/client';
import { useRemove, useUpdate } from '../../api/mutations';
import { useOne, useUsers } from '../../api/queries';
import type { Task } from '../../api/types';
import { PriorityBadge, TaskStatusBadge } from '../../components/badges';
import { QueryError } from '../../components/query-error';
import { RecordForm, useRecordForm } from '../../components/record-form';
import { Section } from '../../components/section';
import { TimeAgo } from '../../components/time-ago';
import { Timeline } from '../../components/timeline';
import { CopilotPanel } from '../../copilot/copilot-panel';
import { useAiDraft } from '../../copilot/use-ai-draft';
import { notifyError } from '../../lib/form-errors';
import { Checklist } from './checklist';
import { TaskFields, type TaskFormValues, taskBody, taskFormValues, validateTask } from './task-form';

/** A task opened from the list: its fields, checklist and timeline. */
export function TaskDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const task = useOne<Task>('tasks', id);
  return (
    <Drawer opened={!!id} onClose={onClose} position="right" size="xl" title={<Text fw={650}>Task</Text>}>
      {task.isError ? (
        isApiError(task.error, 'not_found') ? (
          <Text c="dimmed">This task does not exist or you cannot see it.</Text>
        ) : (
          <QueryError error={task.error} onRetry={() => task.refetch()} />
        )
      ) : task.data ? (
        <TaskView key={task.data.id} task={task.data} onDeleted={onClose} />
      ) : (
        <Stack>
          <Skeleton h={28} />
          <Skeleton h={200} />
        </Stack>
      )}
    </Drawer>
  );
}

function TaskView({ task, onDeleted }: { task: Task; onDeleted: () => void }) {
  const { nameOf } = useUsers();
  const update = useUpdate<Task>('tasks');
  const remove = useRemove('tasks');
  const form = useRecordForm<TaskFormValues>(taskFormValues(task), task.version, validateTask);
  const ai = useAiDraft();
  const save = async (values: TaskFormValues) => {
    const { descriptionAiContentId, ...changes } = taskBody(values);
    // Sent only when it changes: the content must be usable by whoever saves, not only by its author.
    await update.mutateAsync({
      record: task,
      changes:
        descriptionAiContentId === task.descriptionAiContentId
          ? changes
          : { ...changes, descriptionAiContentId },
    });
    ai.saved(values.description);
  };
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={3}>{task.title}</Title>
        <Group gap="xs">
          <TaskStatusBadge status={task.status} />
          <PriorityBadge priority={task.priority} />
          <Text size="xs" c="dimmed">
            Created <TimeAgo value={task.createdAt} size="xs" /> by {nameOf(task.createdBy)}
          </Text>
        </Group>
      </Stack>
      <Section title="Details">
        <RecordForm
          form={form}
          onSave={save}
          extraActions={
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(task.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'gray', message: 'Task deleted' });
                    onDeleted();
                  },
                  onError: (err) => notifyError(err, 'The task was not deleted'),
                })
              }
            >
              Delete task
            </Button>
          }
        >
          <TaskFields form={form} withStatus taskId={task.id} ai={ai} />
        </RecordForm>
      </Section>
      <Checklist task={task} />
      <CopilotPanel
        entity="task"
        id={task.id}
        actions={{
          onAddChecklist: (items) => {
            const have = new Set(task.checklist.map((i) => i.text.trim().toLowerCase()));
            const fresh = items.filter((text) => !have.has(text.trim().toLowerCase()));
            return update.mutateAsync({
              record: task,
              changes: { checklist: [...task.checklist, ...fresh.map((text) => ({ text, done: false }))] },
            });
          },
          onUseDescription: (description, descriptionAiContentId) =>
            update.mutateAsync({ record: task, changes: { description, descriptionAiContentId } }),
        }}
      />
      <Section title="Activity">
        <Timeline resource="tasks" id={task.id} />
      </Section>
    </Stack>
  );
}
