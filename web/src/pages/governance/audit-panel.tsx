import { Alert, Anchor, Badge, Button, Code, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { get } from '../../api/client';
import { QueryError } from '../../components/query-error';
import { TimeAgo } from '../../components/time-ago';
import { aiKeys, type Technology } from '../ai/ai-types';
import type { AuditEntry } from './governance-types';

type Verify = { ok: boolean; entries: number; firstBadSeq?: number; reason?: string };

const STATUS_COLOR: Record<string, string> = { answered: 'teal', denied: 'red', failed: 'orange' };

/** Technology ids read as their names. */
const named = (text: string, names: Map<string, string>) =>
  text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => names.get(id) ?? id);

function describe(e: AuditEntry['entry']): string {
  if (e.type === 'ai_request')
    return `${e.surface} · ${e.technologyId ?? '—'}${e.code ? ` · ${e.code}` : ''}${e.advisory ? ' · advisory' : ''}`;
  if (e.type === 'consent')
    return `${String(e.kind)}${e.version ? ` v${e.version}` : ''}${e.technologyId ? ` · ${e.technologyId}` : ''}`;
  if (e.type === 'setting_changed') return String(e.setting);
  return Object.entries(e)
    .filter(([k]) => !['type', 'by', 'via'].includes(k))
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ')
    .slice(0, 140);
}

/** The hash-chained ledger: newest first, filter by kind, verify the chain, export JSONL. */
export function AuditPanel() {
  const [type, setType] = useState<string | null>(null);
  const entries = useQuery({
    queryKey: ['ai', 'audit'],
    queryFn: () => get<{ items: AuditEntry[] }>('/audit/entries', { limit: 200 }).then((r) => r.items),
  });
  const verify = useMutation({ mutationFn: () => get<Verify>('/audit/verify') });
  const techs = useQuery({
    queryKey: aiKeys.technologies,
    queryFn: () => get<{ items: Technology[] }>('/ai/technologies').then((r) => r.items),
  });
  const names = new Map((techs.data ?? []).map((t) => [t.id, t.name]));
  if (entries.isError) return <QueryError error={entries.error} onRetry={() => entries.refetch()} />;
  const types = [...new Set((entries.data ?? []).map((e) => e.entry.type))];
  const shown = (entries.data ?? []).filter((e) => !type || e.entry.type === type);
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Select
            placeholder="All kinds"
            data={types}
            value={type}
            onChange={setType}
            clearable
            w={220}
            aria-label="Kind of entry"
          />
          <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
            Verify the chain
          </Button>
        </Group>
        <Anchor href="/api/audit/export" download>
          Export JSON Lines
        </Anchor>
      </Group>
      {verify.data &&
        (verify.data.ok ? (
          <Alert color="teal" icon={<IconShieldCheck />} title="The chain is intact">
            All {verify.data.entries} entries link to each other and match their hashes.
          </Alert>
        ) : (
          <Alert
            color="red"
            icon={<IconShieldX />}
            title={`Entry ${verify.data.firstBadSeq} is not as it was written`}
          >
            {verify.data.reason}
          </Alert>
        ))}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>#</Table.Th>
                <Table.Th w={150}>When</Table.Th>
                <Table.Th w={160}>Kind</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th w={120}>Hash</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>
                    <TimeAgo value={e.createdAt} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Text size="sm">{e.entry.type.replaceAll('_', ' ')}</Text>
                      {e.entry.status && (
                        <Badge size="xs" color={STATUS_COLOR[e.entry.status] ?? 'gray'} variant="light">
                          {e.entry.status}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{named(describe(e.entry), names)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{e.hash.slice(0, 10)}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {shown.length === 0 && (
          <Text p="md" c="dimmed" size="sm">
            Nothing recorded yet.
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
