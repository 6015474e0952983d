import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { put } from '../api/client';
import { notifyError } from '../lib/form-errors';
import type { ActionItem } from './copilot-types';
import { Bullets, Caption, HintSlot, type PanelHints } from './hint-card';
import { SentimentBadge } from './sentiment-badge';

export type CallActions = { onCreateTasks: (items: ActionItem[]) => Promise<unknown> };

const itemText = (a: ActionItem) =>
  `${a.owner ? `${a.owner}: ` : ''}${a.action}${a.due ? ` (by ${a.due})` : a.dueText ? ` (${a.dueText})` : ''}`;

/** A call's hints: talking points while it runs, then its summary, agreements and action items. */
export function CallHints({ hints, actions }: { hints: PanelHints; actions: CallActions }) {
  // The summary whose action items became tasks, so that they are not created twice.
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <HintSlot
        hints={hints}
        kind="talking_points"
        title="Talking points"
        empty="No talking points yet: CoPilot prepares them when the call starts."
      >
        {(h) => <Bullets items={h.output?.points ?? []} empty="Nothing to raise yet." />}
      </HintSlot>
      <HintSlot
        hints={hints}
        kind="call_summary"
        title="Call summary"
        empty="No summary yet: CoPilot summarises the call once it has ended with a transcript."
      >
        {(h) => (
          <>
            <Text size="sm">{h.output?.summary}</Text>
            {h.output?.agreements?.length > 0 && (
              <>
                <Caption>Agreed</Caption>
                <Bullets items={h.output.agreements} />
              </>
            )}
            <Caption>Action items</Caption>
            <Bullets items={(h.output?.actionItems ?? []).map(itemText)} empty="No action items found." />
            <SentimentBadge s={h.output?.sentiment} />
            {h.output?.actionItems?.length > 0 && (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  disabled={created === h.id}
                  leftSection={created === h.id ? <IconCheck size={14} /> : undefined}
                  onClick={() =>
                    actions
                      .onCreateTasks(h.output.actionItems)
                      .then(() => {
                        setCreated(h.id);
                        if (h.contentId)
                          put(`/copilot/feedback/${h.contentId}`, { outcome: 'accepted' }).catch(() => {});
                        notifications.show({ color: 'teal', message: 'Tasks created' });
                      })
                      .catch((err) => notifyError(err, 'The tasks were not created'))
                  }
                >
                  {created === h.id ? 'Tasks created' : 'Create tasks from action items'}
                </Button>
              </Group>
            )}
          </>
        )}
      </HintSlot>
    </Stack>
  );
}
