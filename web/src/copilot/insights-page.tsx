import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { get } from '../api/client';
import { useSession } from '../auth/session';
import { PageHeader } from '../components/page-header';
import { QueryError } from '../components/query-error';

type Amount = { currency: string; total: number; weighted: number };
type Pipeline = {
  stages: { stageId: string; name: string; deals: number; amounts: Amount[] }[];
  totals: { openDeals: number; amounts: Amount[] };
  staleDeals: { id: string; title: string; staleDays: number; ownerName: string | null }[];
  closingSoon: {
    id: string;
    title: string;
    expectedCloseDate: string;
    amount: number | null;
    currency: string;
  }[];
  overdueTasks: { count: number };
  winRate: { won: number; lost: number; rate: number | null; days: number };
  averageDaysToClose: number | null;
  atRisk: { id: string; title: string; risks: string[] }[];
  highlights: string[];
};
type Rate = {
  key: string;
  title: string;
  answers: number;
  up: number;
  down: number;
  accepted: number;
  edited: number;
  discarded: number;
  acceptanceRate: number | null;
};
type Shared = {
  contentId: string;
  userName: string | null;
  surface: string;
  comment: string | null;
  input: string | null;
  output: string | null;
  sharedAt: string;
};

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

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

function PipelineInsights() {
  const q = useQuery({
    queryKey: ['copilot', 'pipeline'],
    queryFn: () => get<Pipeline>('/copilot/analytics/pipeline'),
  });
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  if (!p) return null;
  const currencies = p.totals.amounts.map((a) => a.currency);
  const chart = p.stages.map((s) => ({
    stage: s.name,
    ...Object.fromEntries(s.amounts.map((a) => [a.currency, a.total])),
  }));
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={5} mb={6}>
          Highlights
        </Title>
        {p.highlights.map((h) => (
          <Text size="sm" key={h}>
            • {h}
          </Text>
        ))}
      </Paper>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Open deals" value={fmt(p.totals.openDeals)} />
        <Stat
          label={`Win rate, ${p.winRate.days} days`}
          value={`${pct(p.winRate.rate)} (${p.winRate.won}/${p.winRate.won + p.winRate.lost})`}
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
        {currencies.length === 0 ? (
          <Text size="sm" c="dimmed">
            No open deals with an amount yet.
          </Text>
        ) : (
          <div style={{ height: 240 }}>
            <ResponsiveContainer>
              <BarChart data={chart}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="stage" fontSize={12} />
                <YAxis fontSize={12} />
                <Tooltip />
                <Legend />
                {currencies.map((c, i) => (
                  <Bar
                    key={c}
                    dataKey={c}
                    fill={['#228be6', '#be4bdb', '#12b886', '#fab005'][i % 4]}
                    isAnimationActive={false}
                    maxBarSize={56}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Text fw={600} size="sm" mb="xs">
            No activity for two weeks
          </Text>
          {p.staleDeals.length ? (
            p.staleDeals.map((d) => (
              <Group key={d.id} justify="space-between">
                <Anchor component={Link} to={`/deals/${d.id}`} size="sm">
                  {d.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {d.staleDays} days · {d.ownerName ?? '—'}
                </Text>
              </Group>
            ))
          ) : (
            <Text size="sm" c="dimmed">
              Every open deal had activity recently.
            </Text>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Text fw={600} size="sm" mb="xs">
            Risks named in CoPilot briefs
          </Text>
          {p.atRisk.length ? (
            p.atRisk.map((d) => (
              <Stack key={d.id} gap={0} mb={4}>
                <Anchor component={Link} to={`/deals/${d.id}`} size="sm">
                  {d.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {d.risks.join(' · ')}
                </Text>
              </Stack>
            ))
          ) : (
            <Text size="sm" c="dimmed">
              No risks in the briefs prepared so far (a brief is prepared when a deal is opened).
            </Text>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

function RateTable({ rows, title }: { rows: Rate[]; title: string }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600} size="sm" mb="xs">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No CoPilot answers in this period yet.
        </Text>
      ) : (
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Answers</Table.Th>
              <Table.Th>👍 / 👎</Table.Th>
              <Table.Th>Accepted · edited · discarded</Table.Th>
              <Table.Th>Acceptance</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.title}</Table.Td>
                <Table.Td>{r.answers}</Table.Td>
                <Table.Td>
                  {r.up} / {r.down}
                </Table.Td>
                <Table.Td>
                  {r.accepted} · {r.edited} · {r.discarded}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={r.acceptanceRate === null ? 'gray' : r.acceptanceRate >= 0.6 ? 'teal' : 'orange'}
                  >
                    {pct(r.acceptanceRate)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function FeedbackInsights() {
  const stats = useQuery({
    queryKey: ['copilot', 'stats'],
    queryFn: () => get<{ byPreprompt: Rate[]; byTechnology: Rate[] }>('/copilot/feedback/stats'),
  });
  const shared = useQuery({
    queryKey: ['copilot', 'shared'],
    queryFn: () => get<{ items: Shared[] }>('/copilot/feedback/shared').then((r) => r.items),
  });
  if (stats.isError) return <QueryError error={stats.error} onRetry={() => stats.refetch()} />;
  return (
    <Stack>
      <RateTable title="By pre-prompt (last 90 days)" rows={stats.data?.byPreprompt ?? []} />
      <RateTable title="By AI technology" rows={stats.data?.byTechnology ?? []} />
      <Paper withBorder p="md">
        <Text fw={600} size="sm" mb="xs">
          Interactions users shared with you
        </Text>
        {(shared.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody has shared an interaction yet. Users can share one from the 👎 button on any CoPilot
            answer.
          </Text>
        ) : (
          (shared.data ?? []).map((s) => (
            <Paper key={s.contentId} withBorder p="xs" mb="xs">
              <Text size="xs" c="dimmed">
                {s.userName ?? 'Someone'} · {s.surface} · {new Date(s.sharedAt).toLocaleString()}
              </Text>
              {s.comment && <Text size="sm">“{s.comment}”</Text>}
              {s.input && (
                <Text size="xs" lineClamp={3}>
                  <b>Asked:</b> {s.input}
                </Text>
              )}
              <Text size="xs" lineClamp={3}>
                <b>Answer:</b> {s.output}
              </Text>
            </Paper>
          ))
        )}
      </Paper>
    </Stack>
  );
}

/** CoPilot insights: the pipeline for everyone, and how CoPilot's answers are received for admins. */
export function InsightsPage() {
  const { user } = useSession();
  return (
    <>
      <PageHeader
        title="Insights"
        description="Your pipeline at a glance, computed from the deals you can see."
      />
      <Tabs defaultValue="pipeline" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pipeline">Pipeline</Tabs.Tab>
          {user.role === 'admin' && <Tabs.Tab value="feedback">CoPilot feedback</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="pipeline">
          <PipelineInsights />
        </Tabs.Panel>
        {user.role === 'admin' && (
          <Tabs.Panel value="feedback">
            <FeedbackInsights />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
