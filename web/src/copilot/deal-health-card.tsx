import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { get } from '../api/client';

type Health = {
  status: 'healthy' | 'watch' | 'at_risk';
  reasons: string[];
  staleDays: number;
  activity: { weekStart: string; comments: number; calls: number; tasksCompleted: number }[];
  activityTrend: { direction: string; lastFourWeeks: number; fourWeeksBefore: number };
  sentiment: { at: string; source: string; score: number; label: string; basis: string }[];
  sentimentTrend: { direction: string; earlier: number | null; recent: number | null };
  sentimentUnavailable?: { code: string; message: string };
};

const STATUS = {
  healthy: { color: 'teal', label: 'Healthy' },
  watch: { color: 'yellow', label: 'Watch' },
  at_risk: { color: 'red', label: 'At risk' },
} as const;

/** Deal health: a verdict with its reasons, activity per week as a chart, and the tone over time. */
export function DealHealthCard({ dealId }: { dealId: string }) {
  const health = useQuery({
    queryKey: ['copilot', 'health', dealId],
    queryFn: () => get<Health>(`/copilot/analytics/deals/${dealId}/health`),
  });
  const h = health.data;
  if (!h) return null;
  const data = h.activity.map((w) => ({
    week: w.weekStart.slice(5),
    Comments: w.comments,
    Calls: w.calls,
    'Tasks done': w.tasksCompleted,
  }));
  return (
    <Paper withBorder p="sm" radius="md" aria-label="Deal health">
      <Group justify="space-between" mb={6}>
        <Text fw={600} size="sm">
          Deal health
        </Text>
        <Badge color={STATUS[h.status].color} variant="light">
          {STATUS[h.status].label}
        </Badge>
      </Group>
      <Stack gap={6}>
        {h.reasons.length ? (
          h.reasons.map((r) => (
            <Text size="xs" key={r}>
              • {r}
            </Text>
          ))
        ) : (
          <Text size="xs" c="dimmed">
            Recent activity, no overdue tasks, no warning signs.
          </Text>
        )}
        <div style={{ height: 140 }}>
          <ResponsiveContainer>
            <BarChart data={data}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="week" fontSize={10} />
              <YAxis allowDecimals={false} fontSize={10} width={24} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 10 }} />
              <Bar dataKey="Comments" stackId="a" fill="#228be6" isAnimationActive={false} />
              <Bar dataKey="Calls" stackId="a" fill="#be4bdb" isAnimationActive={false} />
              <Bar dataKey="Tasks done" stackId="a" fill="#12b886" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <Text size="xs" c="dimmed">
          Activity {h.activityTrend.direction}: {h.activityTrend.lastFourWeeks} in the last four weeks,{' '}
          {h.activityTrend.fourWeeksBefore} in the four before. {h.staleDays} days since the last activity.
        </Text>
        {h.sentiment.length > 0 && (
          <Text size="xs" c="dimmed">
            Tone {h.sentimentTrend.direction}
            {h.sentimentTrend.earlier !== null
              ? ` (${h.sentimentTrend.earlier} → ${h.sentimentTrend.recent})`
              : ''}
            : {h.sentiment.map((p) => `${p.basis} ${p.score > 0 ? '+' : ''}${p.score}`).join('; ')}
          </Text>
        )}
        {h.sentimentUnavailable && (
          <Text size="xs" c="dimmed">
            Tone not scored: {h.sentimentUnavailable.message}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
