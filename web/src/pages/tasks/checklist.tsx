import { ActionIcon, Checkbox, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useUpdate } from '../../api/mutations';
import type { ChecklistItem, Task } from '../../api/types';
import { Section } from '../../components/section';
import { notifyError } from '../../lib/form-errors';

/** The task's checklist; every tick saves at once. */
export function Checklist({ task }: { task: Task }) {
  const update = useUpdate<Task>('tasks');
  const [text, setText] = useState('');
  // New items go without an id: the server gives them one.
  const save = (checklist: (Omit<ChecklistItem, 'id'> & { id?: string })[]) =>
    update.mutateAsync({ record: task, changes: { checklist } }).catch((err) => {
      notifyError(err, 'The checklist was not saved');
      throw err;
    });
  const add = async () => {
    const item = text.trim();
    if (!item) return;
    await save([...task.checklist, { text: item, done: false }]).then(
      () => setText(''),
      () => {},
    );
  };
  const done = task.checklist.filter((i) => i.done).length;
  return (
    <Section title={`Checklist${task.checklist.length ? ` · ${done}/${task.checklist.length}` : ''}`}>
      <Stack gap="xs">
        {task.checklist.length > 0 && (
          <Progress value={(done / task.checklist.length) * 100} size="sm" color="teal" />
        )}
        {task.checklist.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap">
            <Checkbox
              label={
                <Text size="sm" td={item.done ? 'line-through' : undefined}>
                  {item.text}
                </Text>
              }
              checked={item.done}
              disabled={update.isPending}
              onChange={() =>
                save(task.checklist.map((i) => (i.id === item.id ? { ...i, done: !i.done } : i))).catch(
                  () => {},
                )
              }
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Remove ${item.text}`}
              onClick={() => save(task.checklist.filter((i) => i.id !== item.id)).catch(() => {})}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        <TextInput
          placeholder="Add an item and press Enter"
          aria-label="New checklist item"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
          rightSection={
            <ActionIcon
              variant="subtle"
              aria-label="Add item"
              onClick={() => void add()}
              disabled={!text.trim()}
            >
              <IconPlus size={16} />
            </ActionIcon>
          }
        />
      </Stack>
    </Section>
  );
}
