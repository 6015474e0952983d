import { Grid, Group, Input, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { useUsers } from '../../api/queries';
import { TASK_STATUSES, type Task, type TaskPriority, type TaskStatus } from '../../api/types';
import { EntitySelect } from '../../components/entity-select';
import { AiBadge } from '../../copilot/ai-badge';
import { type AiDraft, combine } from '../../copilot/use-ai-draft';
import { useCopilotEditor } from '../../copilot/use-copilot-editor';
import { humanize } from '../../lib/format';

export type TaskFormValues = {
  title: string;
  description: string;
  /** The CoPilot content the description came from: saved with it so it keeps its AI label. */
  descriptionAiContentId: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  dueAt: string | null;
  assigneeId: string | null;
  dealId: string | null;
  contactId: string | null;
};

export const taskFormValues = (task?: Task, defaults: Partial<TaskFormValues> = {}): TaskFormValues => ({
  title: task?.title ?? '',
  description: task?.description ?? '',
  descriptionAiContentId: task?.descriptionAiContentId ?? null,
  status: task?.status ?? 'open',
  priority: task?.priority ?? 'normal',
  dueAt: task?.dueAt ? dayjs(task.dueAt).format('YYYY-MM-DD HH:mm:ss') : null,
  assigneeId: task?.assigneeId ?? null,
  dealId: task?.dealId ?? null,
  contactId: task?.contactId ?? null,
  ...defaults,
});

export const validateTask = {
  title: (v: string) =>
    v.trim() ? (v.length > 300 ? 'At most 300 characters' : null) : 'Say what needs to be done',
};

export const taskBody = (v: TaskFormValues) => ({
  title: v.title.trim(),
  description: v.description,
  descriptionAiContentId: v.description.trim() ? v.descriptionAiContentId : null,
  status: v.status,
  priority: v.priority,
  // The picker gives local wall-clock time; the API wants an instant.
  dueAt: v.dueAt ? dayjs(v.dueAt).toISOString() : null,
  assigneeId: v.assigneeId ?? undefined,
  dealId: v.dealId,
  contactId: v.contactId,
});

export function TaskFields({
  form,
  withStatus,
  taskId,
  ai,
}: {
  form: UseFormReturnType<TaskFormValues>;
  withStatus?: boolean;
  taskId?: string;
  /** Where the description's text came from, kept by the form's owner until it is saved. */
  ai: AiDraft;
}) {
  const { options } = useUsers();
  const description = form.getValues().description;
  const copilot = useCopilotEditor({
    placement: 'task_description',
    text: description,
    entityId: taskId,
    onApply: (text, contentId, label, mode) => {
      const next = combine(description, text, mode);
      form.setFieldValue('description', next);
      if (contentId) form.setFieldValue('descriptionAiContentId', contentId);
      ai.applied(next, contentId, label);
    },
  });
  const aiContentId = form.getValues().descriptionAiContentId;
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput
          label="Title"
          placeholder="e.g. Send the proposal"
          required
          data-autofocus
          {...form.getInputProps('title')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Stack gap={6}>
          <Textarea
            label={
              <Group gap={6} component="span">
                Description
                {aiContentId && description.trim() && (
                  <AiBadge label={ai.origin?.label ?? 'Written with CoPilot (AI-generated)'} />
                )}
              </Group>
            }
            aria-label="Description"
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('description')}
            onChange={(e) => {
              form.setFieldValue('description', e.currentTarget.value);
              ai.typed(e.currentTarget.value);
            }}
          />
          {copilot.panel}
          <Group>{copilot.menu}</Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Input.Wrapper label="Priority">
          <SegmentedControl
            fullWidth
            data={[
              { value: 'low', label: 'Low' },
              { value: 'normal', label: 'Normal' },
              { value: 'high', label: 'High' },
            ]}
            {...form.getInputProps('priority')}
          />
        </Input.Wrapper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateTimePicker
          label="Due"
          placeholder="No due date"
          valueFormat="MMM D, YYYY h:mm A"
          clearable
          {...form.getInputProps('dueAt')}
        />
      </Grid.Col>
      {withStatus && (
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Status"
            data={TASK_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Assignee"
          placeholder="Me"
          data={options}
          searchable
          clearable
          {...form.getInputProps('assigneeId')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <EntitySelect
          kind="deals"
          label="Deal"
          value={form.getValues().dealId}
          onChange={(id) => form.setFieldValue('dealId', id)}
          error={form.errors.dealId as string | undefined}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <EntitySelect
          kind="contacts"
          label="Contact"
          value={form.getValues().contactId}
          onChange={(id) => form.setFieldValue('contactId', id)}
          error={form.errors.contactId as string | undefined}
        />
      </Grid.Col>
    </Grid>
  );
}
