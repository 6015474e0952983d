import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCornerDownLeft } from '@tabler/icons-react';
import { put } from '../api/client';
import { AutofillReview } from './autofill-review';
import { Bullets, Caption, HintSlot, type PanelHints } from './hint-card';
import { insertIntoEditor } from './insert-bus';
import { SentimentBadge } from './sentiment-badge';

/** A deal's hints: the brief, a suggested reply to the latest message, and auto-fill from a conversation. */
export function DealHints({ dealId, hints }: { dealId: string; hints: PanelHints }) {
  return (
    <Stack gap="sm">
      <HintSlot
        hints={hints}
        kind="deal_brief"
        title="Deal brief"
        empty="No brief yet: CoPilot prepares one when the deal is opened. Use Refresh to prepare it now."
      >
        {(h) => (
          <>
            <Text size="sm">{h.output?.summary}</Text>
            {h.output?.risks?.length > 0 && (
              <>
                <Caption>Risks</Caption>
                <Bullets items={h.output.risks} />
              </>
            )}
            {h.output?.openTasks?.length > 0 && (
              <>
                <Caption>Open tasks</Caption>
                <Bullets items={h.output.openTasks} />
              </>
            )}
            {h.output?.nextStep && (
              <Text size="sm">
                <b>Next step:</b> {h.output.nextStep}
              </Text>
            )}
            <SentimentBadge s={h.output?.sentiment} />
          </>
        )}
      </HintSlot>
      {hints.byKind.has('suggest_reply') && (
        <HintSlot hints={hints} kind="suggest_reply" title="Suggested reply" empty="">
          {(h) => (
            <>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {h.text}
              </Text>
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconCornerDownLeft size={14} />}
                  onClick={() => {
                    insertIntoEditor({
                      target: `deal:${dealId}`,
                      text: h.text ?? '',
                      contentId: h.contentId,
                      label: h.label,
                    });
                    if (h.contentId)
                      put(`/copilot/feedback/${h.contentId}`, { outcome: 'accepted' }).catch(() => {});
                  }}
                >
                  Use as comment
                </Button>
              </Group>
            </>
          )}
        </HintSlot>
      )}
      <AutofillReview dealId={dealId} />
    </Stack>
  );
}
