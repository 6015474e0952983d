import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { put } from '../api/client';
import { notifyError } from '../lib/form-errors';
import { Bullets, Caption, HintSlot, type PanelHints } from './hint-card';

export type TaskActions = {
  onAddChecklist: (items: string[]) => Promise<unknown>;
  onUseDescription: (description: string, contentId: string | null) => Promise<unknown>;
};

const accepted = (contentId: string | null) => {
  if (contentId) put(`/copilot/feedback/${contentId}`, { outcome: 'accepted' }).catch(() => {});
};

/** A task's hint: a checklist from its description, and the description said more clearly. */
export function TaskHints({ hints, actions }: { hints: PanelHints; actions: TaskActions }) {
  const run = (work: Promise<unknown>, done: string, failed: string, contentId: string | null) =>
    work
      .then(() => {
        accepted(contentId);
        notifications.show({ color: 'teal', message: done });
      })
      .catch((err) => notifyError(err, failed));
  return (
    <HintSlot
      hints={hints}
      kind="task_checklist"
      title="Suggested checklist"
      empty="No suggestion yet: CoPilot suggests a checklist when a task is created. Use Refresh to ask now."
    >
      {(h) => (
        <>
          <Bullets items={h.output?.checklist ?? []} empty="Nothing in the description to turn into steps." />
          {h.output?.checklist?.length > 0 && (
            <Group>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  run(
                    actions.onAddChecklist(h.output.checklist),
                    'Added to the checklist',
                    'The checklist was not changed',
                    h.contentId,
                  )
                }
              >
                Add to checklist
              </Button>
            </Group>
          )}
          {h.output?.description && (
            <>
              <Caption>Clearer description</Caption>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {h.output.description}
              </Text>
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  aria-label="Use this description"
                  onClick={() =>
                    run(
                      actions.onUseDescription(h.output.description, h.contentId),
                      'Description updated',
                      'The description was not changed',
                      h.contentId,
                    )
                  }
                >
                  Use
                </Button>
              </Group>
            </>
          )}
        </>
      )}
    </HintSlot>
  );
}
