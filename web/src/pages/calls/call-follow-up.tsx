import { Anchor, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconChartBar, IconFileText, IconListCheck, IconNotes } from '@tabler/icons-react';
import type { RefObject } from 'react';
import type { Call } from '../../api/types';
import { Section } from '../../components/section';
import type { ActionItem, Sentiment } from '../../copilot/copilot-types';
import { Bullets, Caption, HintSlot, type PanelHints } from '../../copilot/hint-card';
import { SentimentBadge } from '../../copilot/sentiment-badge';
import { useHints } from '../../copilot/use-hints';
import { notifyError } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { CallInsightsView } from './call-insights';
import { Transcript } from './transcript';

const itemText = (a: ActionItem) =>
  `${a.owner ? `${a.owner}: ` : ''}${a.action}${a.due ? ` (by ${formatDate(a.due)})` : a.dueText ? ` (${a.dueText})` : ''}`;

/**
 * A call's follow-up: the transcript (editable), CoPilot's overview (topic, agreements, action
 * items, the next meeting) and summary (with the tone of each speaker), and conversation insights.
 */
export function CallFollowUp({
  call,
  audioRef,
}: {
  call: Call;
  audioRef: RefObject<HTMLAudioElement | null>;
}) {
  const live = useHints('call', call.id);
  const hints: PanelHints = {
    byKind: new Map((live.data ?? []).map((h) => [h.kind, h])),
    refresh: (kind) => {
      live.refresh(kind).catch((err) => notifyError(err, 'CoPilot could not start'));
    },
  };
  const empty = call.transcript
    ? 'CoPilot prepares this from the transcript.'
    : 'CoPilot prepares this once the call has a transcript.';
  return (
    <Section title="Call follow-up" data-testid="call-follow-up">
      <Tabs defaultValue="transcript" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="transcript" leftSection={<IconFileText size={14} />}>
            Transcript
          </Tabs.Tab>
          <Tabs.Tab value="overview" leftSection={<IconListCheck size={14} />}>
            Overview
          </Tabs.Tab>
          <Tabs.Tab value="summary" leftSection={<IconNotes size={14} />}>
            Summary
          </Tabs.Tab>
          <Tabs.Tab value="insights" leftSection={<IconChartBar size={14} />}>
            Insights
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="transcript">
          <Transcript call={call} audioRef={audioRef} />
        </Tabs.Panel>
        <Tabs.Panel value="overview">
          <HintSlot hints={hints} kind="call_summary" title="Overview" empty={empty}>
            {(h) => (
              <Stack gap={6} data-testid="call-overview">
                {h.output?.topic && (
                  <>
                    <Caption>Topic</Caption>
                    <Text size="sm">{h.output.topic}</Text>
                  </>
                )}
                <Caption>Agreements</Caption>
                <Bullets items={h.output?.agreements ?? []} empty="Nothing was agreed." />
                <Caption>Action items</Caption>
                <Bullets items={(h.output?.actionItems ?? []).map(itemText)} empty="No action items found." />
                <Caption>Follow-up meeting</Caption>
                {h.output?.followUp ? (
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {h.output.followUp.when && (
                      <Badge variant="light" radius="sm" style={{ flexShrink: 0 }}>
                        {formatDate(h.output.followUp.when)}
                      </Badge>
                    )}
                    <Text size="sm">{h.output.followUp.text}</Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    No next meeting was set up on this call.
                  </Text>
                )}
              </Stack>
            )}
          </HintSlot>
        </Tabs.Panel>
        <Tabs.Panel value="summary">
          <HintSlot hints={hints} kind="call_summary" title="Summary" empty={empty}>
            {(h) => (
              <Stack gap={6} data-testid="call-summary">
                <Text size="sm">{h.output?.summary || 'The transcript is too short to summarise.'}</Text>
                <Group gap="xs">
                  <SentimentBadge s={h.output?.sentiment} />
                </Group>
                {(h.output?.speakers ?? []).length > 0 && (
                  <>
                    <Caption>Tone by speaker</Caption>
                    <Group gap="xs">
                      {h.output.speakers.map((s: { speaker: string; sentiment: Sentiment }) => (
                        <Group key={s.speaker} gap={4}>
                          <Text size="sm">{s.speaker}</Text>
                          <SentimentBadge s={s.sentiment} />
                        </Group>
                      ))}
                    </Group>
                  </>
                )}
              </Stack>
            )}
          </HintSlot>
        </Tabs.Panel>
        <Tabs.Panel value="insights">
          <CallInsightsView call={call} />
          {call.transcriptOrigin?.by !== 'speech' && call.transcript && (
            <Text size="xs" c="dimmed" mt="xs">
              Worked out from the transcript as typed.{' '}
              <Anchor size="xs" href="#transcript">
                See it
              </Anchor>
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
    </Section>
  );
}
