import { Badge, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { get } from '../api/client';
import { QueryError } from '../components/query-error';
import { AiBadge } from './ai-badge';
import type { DealHealth } from './analytics-types';
import { Bullets, Caption } from './hint-card';

const STATUS = {
  healthy: { color: 'teal', text: 'Healthy' },
  watch: { color: 'yellow', text: 'Watch' },
  at_risk: { color: 'red', text: 'At risk' },
} as const;

/** The Monday (UTC) of an instant's week, as the server's weekStart. */
function weekOf(at: string): string {
  const d = new Date(at);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Activity per week as bars, and the average sentiment of that week as a line on its own axis. */
function HealthChart({ health }: { health: DealHealth }) {
  const rows = health.activity.map((w) => {
    const scores = health.sentiment.filter((p) => weekOf(p.at) === w.weekStart).map((p) => p.score);
    return {
      week: dayjs(w.weekStart).format('MMM D'),
      Comments: w.comments,
      Calls: w.calls,
      'Tasks done': w.tasksCompleted,
      Sentiment: scores.length
        ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100
        : null,
    };
  });
  return (
    <div role="img" aria-label="Activity per week and sentiment" style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer>
        <ComposedChart data={rows} margin={{ top: 8, right: 4, left: -24, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" fontSize={10} />
          <YAxis yAxisId="n" allowDecimals={false} fontSize={10} />
          <YAxis yAxisId="s" orientation="right" domain={[-1, 1]} fontSize={10} width={30} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar yAxisId="n" dataKey="Comments" stackId="a" fill="#228be6" isAnimationActive={false} />
          <Bar yAxisId="n" dataKey="Calls" stackId="a" fill="#12b886" isAnimationActive={false} />
          <Bar yAxisId="n" dataKey="Tasks done" stackId="a" fill="#fab005" isAnimationActive={false} />
          <Line
            yAxisId="s"
            dataKey="Sentiment"
            stroke="#ae3ec9"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** How the deal is doing, and every number the verdict came from. */
export function DealHealthView({ dealId }: { dealId: string }) {
  const health = useQuery({
    queryKey: ['copilot', 'health', dealId],
    queryFn: () => get<DealHealth>(`/copilot/analytics/deals/${dealId}/health`),
  });
  if (health.isError) return <QueryError error={health.error} onRetry={() => health.refetch()} />;
  const h = health.data;
  if (!h)
    return (
      <Stack gap="xs" aria-label="Loading the deal's health" aria-busy>
        <Skeleton h={18} w={120} />
        <Skeleton h={200} />
      </Stack>
    );
  return (
    <Stack gap="sm" data-testid="deal-health">
      <Group gap="xs">
        <Badge color={STATUS[h.status].color} variant="light" size="lg">
          {STATUS[h.status].text}
        </Badge>
        <Text size="xs" c="dimmed">
          {h.staleDays} day{h.staleDays === 1 ? '' : 's'} since the last activity
        </Text>
      </Group>
      <Bullets
        items={h.reasons}
        empty="Nothing stands out: recent activity, no overdue tasks, no warning signs."
      />
      <HealthChart health={h} />
      <Text size="xs" c="dimmed">
        Activity {h.activityTrend.direction}: {h.activityTrend.lastFourWeeks} in the last four weeks,{' '}
        {h.activityTrend.fourWeeksBefore} in the four before.
      </Text>
      {h.sentimentUnavailable ? (
        <Text size="xs" c="dimmed">
          Tone not scored: {h.sentimentUnavailable.message}
        </Text>
      ) : (
        h.sentiment.length > 0 && (
          <Stack gap={4}>
            <Group gap={6}>
              <Caption>
                Tone{' '}
                {h.sentimentTrend.direction === 'unknown'
                  ? '(too few points for a trend)'
                  : h.sentimentTrend.direction}
              </Caption>
              <AiBadge label="Tone scores come from CoPilot (AI-generated) summaries of calls and comments" />
            </Group>
            {h.sentiment.map((p) => (
              <Text size="xs" key={`${p.at}-${p.basis}`}>
                {dayjs(p.at).format('MMM D')} · {p.basis}: {p.label} ({p.score > 0 ? '+' : ''}
                {p.score})
              </Text>
            ))}
          </Stack>
        )
      )}
      <Caption>The numbers behind it</Caption>
      <Table fz="xs" verticalSpacing={2}>
        <Table.Tbody>
          {h.numbers.map((n) => (
            <Table.Tr key={n.label}>
              <Table.Td c="dimmed">{n.label}</Table.Td>
              <Table.Td ta="right">{n.value ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
