import { Group, Progress, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import type { Call, CallInsights } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { AiLabel } from '../../copilot/ai-badge';
import { formatDuration } from '../../lib/format';

export const SPEAKER_COLORS = ['blue', 'teal', 'grape', 'orange', 'indigo', 'pink'];

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Tooltip label={hint} multiline maw={260} withArrow>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fw={650} size="lg" className="num">
          {value}
        </Text>
      </Stack>
    </Tooltip>
  );
}

/** How the conversation went, as figures: who talked how much, who asked, the longest monologue. */
export function CallInsightsView({ call }: { call: Call }) {
  const insights = useQuery({
    queryKey: ['calls', call.id, 'insights', call.version],
    queryFn: () => get<CallInsights>(`/calls/${call.id}/insights`),
  });
  if (insights.isError) return <QueryError error={insights.error} onRetry={() => insights.refetch()} />;
  const data = insights.data;
  if (!data) return null;
  if (!data.speakers.length)
    return (
      <Text size="sm" c="dimmed">
        No insights yet: they are worked out from the transcript once there is one with timings.
      </Text>
    );
  const ai = call.transcriptOrigin?.by === 'speech';
  return (
    <Stack gap="md" data-testid="call-insights">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Talk ratio
        </Text>
        <Progress.Root size={22} aria-label="Talk ratio">
          {data.speakers.map((s, i) => (
            <Tooltip
              key={s.speaker}
              label={`${s.speaker}: ${formatDuration(s.talkSec)} (${Math.round(s.talkShare * 100)}%)`}
            >
              <Progress.Section value={s.talkShare * 100} color={SPEAKER_COLORS[i % SPEAKER_COLORS.length]}>
                <Progress.Label>
                  {s.speaker} {Math.round(s.talkShare * 100)}%
                </Progress.Label>
              </Progress.Section>
            </Tooltip>
          ))}
        </Progress.Root>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure
          label="Longest monologue"
          value={data.longestMonologue ? formatDuration(data.longestMonologue.seconds) : '—'}
          hint={
            data.longestMonologue
              ? `${data.longestMonologue.speaker}, from ${formatDuration(data.longestMonologue.startSec)}`
              : 'Nobody spoke'
          }
        />
        <Figure
          label="Questions asked"
          value={String(data.speakers.reduce((a, s) => a + s.questions, 0))}
          hint="Sentences that ask something, by anyone"
        />
        <Figure
          label="Speaker switches / min"
          value={String(data.switchesPerMinute)}
          hint="How often the turn passed from one speaker to another: a conversation, or a presentation?"
        />
        <Figure
          label="Silence"
          value={`${Math.round(data.silenceShare * 100)}%`}
          hint="Share of the call in which nobody spoke"
        />
      </SimpleGrid>
      <Table striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Speaker</Table.Th>
            <Table.Th ta="right">Talk time</Table.Th>
            <Table.Th ta="right">Words / min</Table.Th>
            <Table.Th ta="right">Questions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.speakers.map((s) => (
            <Table.Tr key={s.speaker}>
              <Table.Td>{s.speaker}</Table.Td>
              <Table.Td ta="right" className="num">
                {formatDuration(s.talkSec)}
              </Table.Td>
              <Table.Td ta="right" className="num">
                {s.wordsPerMinute}
              </Table.Td>
              <Table.Td ta="right" className="num">
                {s.questions}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {ai && (
        <Group>
          <AiLabel label="Computed from the AI-generated transcript; correct the transcript and they follow" />
        </Group>
      )}
    </Stack>
  );
}
