import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { compact, useCreate } from '../../api/mutations';
import type { Task } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { useAiDraft } from '../../copilot/use-ai-draft';
import { TaskFields, type TaskFormValues, taskBody, taskFormValues, validateTask } from './task-form';

export function NewTaskModal({
  opened,
  onClose,
  defaults,
}: {
  opened: boolean;
  onClose: () => void;
  defaults?: Partial<TaskFormValues>;
}) {
  // A task on a deal moves the deal's last activity too.
  const create = useCreate<Task>('tasks', ['deals']);
  const ai = useAiDraft();
  const form = useForm<TaskFormValues>({
    initialValues: taskFormValues(undefined, defaults),
    validate: validateTask,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New task"
      submitLabel="Create task"
      form={form}
      onSubmit={async (values) => {
        const task = await create.mutateAsync(compact(taskBody(values)));
        ai.saved(values.description);
        notifications.show({ color: 'teal', message: `Task “${task.title}” created` });
      }}
    >
      <TaskFields form={form} ai={ai} />
    </FormModal>
  );
}
