import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { get } from '../api/client';
import { QueryError } from '../components/query-error';
import { formatDate, formatMoney } from '../lib/format';
import type { PipelineSummary } from './analytics-types';
import { Bullets } from './hint-card';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const COLORS = ['#228be6', '#be4bdb', '#12b886', '#fab005'];

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}

function ListCard({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <Paper withBorder p="md" aria-label={title}>
      <Text fw={600} size="sm" mb="xs">
        {title}
      </Text>
      {children.length ? (
        <Stack gap={6}>{children}</Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Paper>
  );
}

const DealLink = ({ id, title }: { id: string; title: string }) => (
  <Anchor component={Link} to={`/deals/${id}`} size="sm">
    {title}
  </Anchor>
);

function StageChart({ p }: { p: PipelineSummary }) {
  const currencies = p.totals.amounts.map((a) => a.currency);
  const data = p.stages.map((s) => ({
    stage: s.name,
    ...Object.fromEntries(s.amounts.map((a) => [a.currency, a.total])),
  }));
  if (!currencies.length)
    return (
      <Text size="sm" c="dimmed">
        No open deals with an amount yet.
      </Text>
    );
  return (
    <div role="img" aria-label="Open pipeline by stage" style={{ height: 240 }}>
      <ResponsiveContainer>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="stage" fontSize={12} />
          <YAxis fontSize={12} />
          <Tooltip />
          <Legend />
          {currencies.map((c, i) => (
            <Bar key={c} dataKey={c} fill={COLORS[i % 4]} isAnimationActive={false} maxBarSize={56} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The pipeline of the deals you can see: highlights, the numbers, by stage, and what needs attention. */
export function PipelineInsights() {
  const q = useQuery({
    queryKey: ['copilot', 'pipeline'],
    queryFn: () => get<PipelineSummary>('/copilot/analytics/pipeline'),
  });
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  if (!p) return <Skeleton h={320} />;
  const { won, lost, rate, days } = p.winRate;
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={5} mb={6}>
          Highlights
        </Title>
        <Bullets
          items={p.highlights}
          empty="Nothing to highlight yet: add deals to see your pipeline here."
        />
      </Paper>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Open deals" value={fmt(p.totals.openDeals)} />
        <Stat
          label={`Win rate, ${days} days`}
          value={`${rate === null ? '—' : `${Math.round(rate * 100)}%`} (${won}/${won + lost})`}
        />
        <Stat
          label="Days to close (won)"
          value={p.averageDaysToClose === null ? '—' : String(p.averageDaysToClose)}
        />
        <Stat label="Overdue tasks" value={fmt(p.overdueTasks.count)} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Text fw={600} size="sm" mb="xs">
          Open pipeline by stage
        </Text>
        <StageChart p={p} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <ListCard title="No activity for two weeks" empty="Every open deal had activity recently.">
          {p.staleDeals.map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap">
              <DealLink id={d.id} title={d.title} />
              <Text size="xs" c="dimmed">
                {d.staleDays} days · {d.ownerName ?? '—'}
              </Text>
            </Group>
          ))}
        </ListCard>
        <ListCard
          title="Risks named in CoPilot briefs"
          empty="No risks in the briefs prepared so far (a brief is prepared when a deal is opened)."
        >
          {p.atRisk.map((d) => (
            <Stack key={d.id} gap={0}>
              <DealLink id={d.id} title={d.title} />
              <Text size="xs" c="dimmed">
                {d.risks.join(' · ')}
              </Text>
            </Stack>
          ))}
        </ListCard>
        <ListCard title="Closing soon" empty="No open deal is expected to close soon.">
          {p.closingSoon.map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap">
              <DealLink id={d.id} title={d.title} />
              <Text size="xs" c="dimmed">
                {formatDate(d.expectedCloseDate)} · {formatMoney(d.amount, d.currency)}
              </Text>
            </Group>
          ))}
        </ListCard>
      </SimpleGrid>
    </Stack>
  );
}
