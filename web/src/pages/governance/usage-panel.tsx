import {
  Badge,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { get } from '../../api/client';
import { QueryError } from '../../components/query-error';
import { TimeAgo } from '../../components/time-ago';
import { aiKeys, type Technology } from '../ai/ai-types';
import type { Meter, Usage } from './governance-types';

const COLORS = ['#228be6', '#40c057', '#fab005', '#fa5252', '#7950f2', '#15aabf', '#e64980'];

function MeterCard({ label, m }: { label: string; m: Meter }) {
  const pct = m.limit ? Math.min(100, (m.used / m.limit) * 100) : 0;
  return (
    <Paper p="md" withBorder>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={650} size="lg">
        {m.used.toLocaleString()}{' '}
        <Text span size="sm" c="dimmed">
          / {m.limit.toLocaleString()}
        </Text>
      </Text>
      <Progress
        value={pct}
        color={pct > 90 ? 'red' : pct > 75 ? 'orange' : 'blue'}
        mt={6}
        aria-label={label}
      />
    </Paper>
  );
}

type PerDay = NonNullable<Usage['account']>['perDay'];
type GroupBy = 'surface' | 'technologyId' | 'status';

/** Requests per day, stacked by surface, technology or outcome, from the account's request log. */
function PerDayChart({ rows, by, names }: { rows: PerDay; by: GroupBy; names: Map<string, string> }) {
  const label = (r: PerDay[number]) =>
    by === 'technologyId' ? (names.get(r.technologyId ?? '') ?? r.technologyId ?? 'none') : r[by];
  const series = [...new Set(rows.map(label))];
  const byDay = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const d = byDay.get(r.day) ?? { day: r.day };
    d[label(r)] = Number(d[label(r)] ?? 0) + r.requests;
    byDay.set(r.day, d);
  }
  const data = [...byDay.values()];
  if (!data.length)
    return (
      <Text c="dimmed" size="sm">
        No AI requests in the last 30 days.
      </Text>
    );
  return (
    <div style={{ width: '100%', height: 260 }} data-testid="usage-chart">
      <ResponsiveContainer>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Bar
              key={s}
              dataKey={s}
              stackId="a"
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
              maxBarSize={64}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Usage against the plan: your own, and the account's with a chart (admins). */
export function UsagePanel({ mineOnly = false }: { mineOnly?: boolean }) {
  const usage = useQuery({
    queryKey: ['ai', 'usage'],
    queryFn: () => get<Usage>('/ai/usage'),
    refetchInterval: 15_000,
  });
  const techs = useQuery({
    queryKey: aiKeys.technologies,
    queryFn: () => get<{ items: Technology[] }>('/ai/technologies').then((r) => r.items),
    enabled: Boolean(usage.data?.account) && !mineOnly,
  });
  const [by, setBy] = useState<GroupBy>('surface');
  if (usage.isError) return <QueryError error={usage.error} onRetry={() => usage.refetch()} />;
  const u = usage.data;
  if (!u) return null;
  return (
    <Stack>
      <Group gap="xs">
        <Text size="sm">Plan</Text>
        <Badge variant="light">{u.plan}</Badge>
      </Group>
      {u.account && !mineOnly && (
        <>
          <Title order={5}>This account</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MeterCard label="Requests, last hour" m={u.account.requestsLastHour} />
            <MeterCard label="Requests, last 24 hours" m={u.account.requestsLastDay} />
            <MeterCard label="Tokens this month" m={u.account.tokensThisMonth} />
          </SimpleGrid>
          <Paper p="md" withBorder>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                Requests per day
              </Text>
              <SegmentedControl
                size="xs"
                value={by}
                onChange={(v) => setBy(v as GroupBy)}
                data={[
                  { value: 'surface', label: 'By surface' },
                  { value: 'technologyId', label: 'By technology' },
                  { value: 'status', label: 'By outcome' },
                ]}
              />
            </Group>
            <PerDayChart
              rows={u.account.perDay}
              by={by}
              names={new Map((techs.data ?? []).map((t) => [t.id, t.name]))}
            />
          </Paper>
        </>
      )}
      <Title order={5}>{mineOnly ? 'Your AI usage' : 'You'}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <MeterCard label="Your requests, last hour" m={u.mine.requestsLastHour} />
        <MeterCard label="Your requests, last 24 hours" m={u.mine.requestsLastDay} />
        <MeterCard label="Your tokens this month" m={u.mine.tokensThisMonth} />
      </SimpleGrid>
      <Paper p="md" withBorder>
        <Text fw={600} size="sm" mb="xs">
          Why your recent requests counted
        </Text>
        {u.mine.recent.length ? (
          <Table>
            <Table.Tbody>
              {u.mine.recent.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td w={140}>
                    <TimeAgo value={r.createdAt} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.why}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            No AI requests yet.
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
