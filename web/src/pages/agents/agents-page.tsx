import {
  Badge,
  Button,
  Drawer,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause, IconPlayerPlay, IconRobot } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { get, put } from '../../api/client';
import { useUsers } from '../../api/queries';
import { useSession } from '../../auth/session';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { notifyError } from '../../lib/form-errors';
import { formatDateTime, fromNow, humanize } from '../../lib/format';
import type { Agent, Run, RunTrace } from './agent-types';
import { ApprovalsInbox, usePendingApprovals } from './approvals-inbox';

const STATUS_COLOR: Record<string, string> = {
  active: 'teal',
  shadow: 'grape',
  paused: 'gray',
  draft: 'gray',
  succeeded: 'teal',
  awaiting_approval: 'orange',
  running: 'blue',
  queued: 'blue',
  failed: 'red',
  expired: 'gray',
  budget_exceeded: 'red',
  needs_review: 'red',
  cancelled: 'gray',
};

function StatusBadge({ status }: { status: string }) {
  return (
    <Badge
      size="sm"
      variant="light"
      color={STATUS_COLOR[status] ?? 'gray'}
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {humanize(status)}
    </Badge>
  );
}

function AgentsList({ admin }: { admin: boolean }) {
  const client = useQueryClient();
  const { nameOf } = useUsers();
  const agents = useQuery({
    queryKey: ['agents', 'list'],
    queryFn: () => get<{ items: Agent[] }>('/agents').then((r) => r.items),
  });
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: string; status: string }) => put(`/agents/${id}/status`, { status }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agents'] }),
    onError: (err) => notifyError(err, 'The agent was not changed'),
  });
  if (agents.isError) return <QueryError error={agents.error} onRetry={() => agents.refetch()} />;
  return (
    <Stack gap="sm">
      {(agents.data ?? []).map((a) => (
        <Paper key={a.id} withBorder p="md" radius="md" data-testid="agent">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={600}>{a.name}</Text>
                <StatusBadge status={a.status} />
                <Text size="xs" c="dimmed">
                  v{a.version}
                  {a.builtin ? ' · built in' : ''}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {a.description}
              </Text>
              <Text size="xs" c="dimmed">
                Acts for {nameOf(a.principalId)} · tools:{' '}
                {Object.entries(a.definition.tools)
                  .map(([tool, policy]) => `${humanize(tool)} (${policy})`)
                  .join(', ')}
              </Text>
            </Stack>
            {admin && (
              <SegmentedControl
                size="xs"
                aria-label={`Status of ${a.name}`}
                value={a.status === 'draft' ? 'paused' : a.status}
                onChange={(status) => setStatus.mutate({ id: a.id, status })}
                data={[
                  { value: 'active', label: 'On' },
                  { value: 'shadow', label: 'Shadow' },
                  { value: 'paused', label: 'Off' },
                ]}
              />
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function RunTraceDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { nameOf } = useUsers();
  const trace = useQuery({
    queryKey: ['agents', 'run', id],
    queryFn: () => get<RunTrace>(`/agent-runs/${id}`),
    enabled: !!id,
  });
  const t = trace.data;
  return (
    <Drawer opened={!!id} onClose={onClose} position="right" size="lg" title="Run trace">
      {t && (
        <Stack gap="md" data-testid="run-trace">
          <Group gap="xs">
            <StatusBadge status={t.status} />
            {t.mode === 'shadow' && <Badge variant="outline">Shadow</Badge>}
            <Text size="sm" c="dimmed">
              {t.trigger.eventType ?? t.trigger.type} · {formatDateTime(t.createdAt)}
            </Text>
          </Group>
          {t.errorMessage && <Text c="red">{t.errorMessage}</Text>}
          <Title order={5}>Steps</Title>
          <Stack gap={4}>
            {t.steps.map((s) => (
              <Group key={s.seq} gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="xs" variant="light" w={70}>
                  {s.kind}
                </Badge>
                <Text size="sm">{s.summary}</Text>
              </Group>
            ))}
          </Stack>
          <Title order={5}>Actions</Title>
          <Table fz="sm" withTableBorder>
            <Table.Tbody>
              {t.actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {humanize(a.tool)} <Badge size="xs">{a.risk}</Badge>
                    <Text size="xs" c="dimmed">
                      {a.reason}
                    </Text>
                    {a.errorMessage && (
                      <Text size="xs" c="dimmed">
                        {a.errorMessage}
                      </Text>
                    )}
                    {a.approval?.decidedBy && (
                      <Text size="xs" c="dimmed" data-testid="decided-by">
                        {humanize(a.approval.status)} by {nameOf(a.approval.decidedBy)}{' '}
                        {formatDateTime(a.approval.decidedAt)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={150} ta="right">
                    <StatusBadge status={a.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Drawer>
  );
}

function RunsList({ agents }: { agents: Map<string, string> }) {
  const [open, setOpen] = useState<string | null>(null);
  const runs = useQuery({
    queryKey: ['agents', 'runs'],
    queryFn: () => get<{ items: Run[] }>('/agent-runs').then((r) => r.items),
    refetchInterval: 10_000,
  });
  if (runs.isError) return <QueryError error={runs.error} onRetry={() => runs.refetch()} />;
  if (runs.data && !runs.data.length)
    return (
      <Text c="dimmed" size="sm">
        No runs yet. Agents start when something they watch happens — a call with a transcript, for example.
      </Text>
    );
  return (
    <>
      <Table highlightOnHover fz="sm" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Agent</Table.Th>
            <Table.Th>Triggered by</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(runs.data ?? []).map((r) => (
            <Table.Tr
              key={r.id}
              onClick={() => setOpen(r.id)}
              style={{ cursor: 'pointer' }}
              data-testid="run-row"
            >
              <Table.Td>
                {agents.get(r.agentId) ?? 'Agent'} v{r.version}
                {r.mode === 'shadow' ? ' (shadow)' : ''}
              </Table.Td>
              <Table.Td>{r.trigger.eventType ?? r.trigger.type}</Table.Td>
              <Table.Td>
                <StatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>{fromNow(r.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RunTraceDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
}

/** AI agents: what waits for a decision, the agents with their switches, and what they did. */
export function AgentsPage() {
  const { user } = useSession();
  const admin = user.role === 'admin';
  const client = useQueryClient();
  const pending = usePendingApprovals();
  const agents = useQuery({
    queryKey: ['agents', 'list'],
    queryFn: () => get<{ items: Agent[] }>('/agents').then((r) => r.items),
  });
  const names = new Map((agents.data ?? []).map((a) => [a.id, a.name]));
  const anyOn = (agents.data ?? []).some((a) => a.status !== 'paused');
  const killSwitch = useMutation({
    mutationFn: (status: 'active' | 'paused') => put<{ agents: number }>('/agents/status', { status }),
    onSuccess: (r, status) => {
      notifications.show({
        color: status === 'paused' ? 'red' : 'teal',
        message: `${r.agents} agents ${status === 'paused' ? 'paused' : 'switched on'}`,
      });
      return client.invalidateQueries({ queryKey: ['agents'] });
    },
    onError: (err) => notifyError(err, 'The agents were not changed'),
  });
  return (
    <>
      <PageHeader
        title="AI agents"
        description="Agents act on events for a named person. What others would see, or what leaves the workspace, waits for a human here."
        actions={
          admin && (
            <Button
              color={anyOn ? 'red' : 'teal'}
              variant="light"
              leftSection={anyOn ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
              loading={killSwitch.isPending}
              onClick={() => killSwitch.mutate(anyOn ? 'paused' : 'active')}
            >
              {anyOn ? 'Pause all agents' : 'Switch all agents on'}
            </Button>
          )
        }
      />
      <Tabs defaultValue="approvals" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab
            value="approvals"
            rightSection={
              pending.data?.length ? (
                <Badge size="sm" color="orange" circle>
                  {pending.data.length}
                </Badge>
              ) : undefined
            }
          >
            Approvals
          </Tabs.Tab>
          <Tabs.Tab value="agents" leftSection={<IconRobot size={14} />}>
            Agents
          </Tabs.Tab>
          <Tabs.Tab value="runs">Runs</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="approvals">
          <ApprovalsInbox />
        </Tabs.Panel>
        <Tabs.Panel value="agents">
          <AgentsList admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="runs">
          <RunsList agents={names} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
