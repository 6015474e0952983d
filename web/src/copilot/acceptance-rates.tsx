import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Rate } from './analytics-types';

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** What users did with each row's answers, as stacked bars; the acceptance rate is in the tooltip and the table. */
function RateChart({ rows }: { rows: Rate[] }) {
  const data = rows
    .filter((r) => r.accepted + r.edited + r.discarded > 0)
    .slice(0, 12)
    .map((r) => ({
      name: r.title.length > 38 ? `${r.title.slice(0, 37)}…` : r.title,
      Accepted: r.accepted,
      Edited: r.edited,
      Discarded: r.discarded,
      rate: percent(r.acceptanceRate),
    }));
  const width = Math.min(240, 16 + 6 * Math.max(...data.map((d) => d.name.length), 0));
  if (!data.length)
    return (
      <Text size="sm" c="dimmed" mb="sm">
        No answer was inserted or discarded yet, so there is no acceptance rate to chart.
      </Text>
    );
  return (
    <div
      role="img"
      aria-label="Accepted, edited and discarded answers"
      style={{ height: 40 + data.length * 34 }}
    >
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={11} />
          <YAxis type="category" dataKey="name" width={width} fontSize={11} />
          <Tooltip formatter={(v, n, item) => [v, `${n} (acceptance ${item.payload.rate})`]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Accepted" stackId="a" fill="#12b886" isAnimationActive={false} />
          <Bar dataKey="Edited" stackId="a" fill="#228be6" isAnimationActive={false} />
          <Bar dataKey="Discarded" stackId="a" fill="#fa5252" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Acceptance rates for one grouping (pre-prompt or technology): a chart, then every number in a table. */
export function AcceptanceRates({ rows, title }: { rows: Rate[]; title: string }) {
  return (
    <Paper withBorder p="md" aria-label={title}>
      <Text fw={600} size="sm" mb="xs">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No CoPilot answers in this period yet.
        </Text>
      ) : (
        <>
          <RateChart rows={rows} />
          <Table fz="sm" striped mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th ta="right">Answers</Table.Th>
                <Table.Th ta="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap" aria-label="Helpful / not helpful">
                    <IconThumbUp size={14} /> / <IconThumbDown size={14} />
                  </Group>
                </Table.Th>
                <Table.Th ta="right">Accepted · edited · discarded</Table.Th>
                <Table.Th ta="right">Acceptance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td ta="right">{r.answers}</Table.Td>
                  <Table.Td ta="right">
                    {r.up} / {r.down}
                  </Table.Td>
                  <Table.Td ta="right">
                    {r.accepted} · {r.edited} · {r.discarded}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge
                      variant="light"
                      color={r.acceptanceRate === null ? 'gray' : r.acceptanceRate >= 0.6 ? 'teal' : 'orange'}
                    >
                      {percent(r.acceptanceRate)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
