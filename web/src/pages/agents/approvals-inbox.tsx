import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { get, post } from '../../api/client';
import { useUsers } from '../../api/queries';
import { Empty } from '../../components/empty';
import { QueryError } from '../../components/query-error';
import { AiBadge } from '../../copilot/ai-badge';
import { notifyError } from '../../lib/form-errors';
import { formatDateTime, fromNow, humanize } from '../../lib/format';
import type { Approval } from './agent-types';

export const approvalsKey = ['agents', 'approvals'] as const;
const RISK_COLOR: Record<string, string> = { R1: 'gray', R2: 'orange', R3: 'red', R4: 'dark' };

/** A preview side as readable fields: each key a caption, each value wrapped text. */
function PreviewValue({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return (
      <Text size="sm" c="dimmed">
        Nothing yet
      </Text>
    );
  if (typeof value !== 'object')
    return (
      <Text size="sm" className="prewrap">
        {String(value)}
      </Text>
    );
  return (
    <Stack gap={4}>
      {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
        <div key={k}>
          <Text size="xs" c="dimmed">
            {humanize(k)}
          </Text>
          <Text size="sm" className="prewrap">
            {v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v)}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/** The approvals waiting for this user, polled so that the badge and the list stay current. */
export function usePendingApprovals() {
  return useQuery({
    queryKey: approvalsKey,
    queryFn: () => get<{ items: Approval[] }>('/approvals').then((r) => r.items),
    refetchInterval: 15_000,
  });
}

function ApprovalCard({ a }: { a: Approval }) {
  const client = useQueryClient();
  const { nameOf } = useUsers();
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const editable =
    typeof a.args.body === 'string' ? 'body' : typeof a.args.title === 'string' ? 'title' : null;
  const [text, setText] = useState(editable ? String(a.args[editable]) : '');
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (body: object) => post<Approval>(`/approvals/${a.id}/decision`, body),
    onSuccess: (saved) => {
      notifications.show({
        color: saved.status === 'approved' ? 'teal' : 'gray',
        message: `${a.preview.title}: ${saved.status}`,
      });
      return client.invalidateQueries({ queryKey: ['agents'] });
    },
    onError: (err) => notifyError(err, 'The decision was not saved'),
  });
  return (
    <Paper withBorder p="md" radius="md" data-testid="approval">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{a.preview.title}</Text>
              <Badge size="sm" variant="light" color={RISK_COLOR[a.risk] ?? 'gray'}>
                {a.risk}
              </Badge>
              <AiBadge
                label={`Proposed by the agent “${a.agentName}” v${a.agentVersion}, acting for ${nameOf(a.principalId)}`}
              />
            </Group>
            <Text size="sm" c="dimmed">
              {a.agentName} · for {nameOf(a.principalId)} · {fromNow(a.createdAt)} · expires{' '}
              {formatDateTime(a.expiresAt)}
            </Text>
          </Stack>
        </Group>
        <Text size="sm">
          <Text span fw={500}>
            Why:{' '}
          </Text>
          {a.reason}
        </Text>
        <Group grow align="flex-start">
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              Before
            </Text>
            <Paper bg="gray.0" p="xs" radius="sm">
              <PreviewValue value={a.preview.before} />
            </Paper>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              After
            </Text>
            <Paper bg="gray.0" p="xs" radius="sm">
              <PreviewValue value={a.preview.after} />
            </Paper>
          </Stack>
        </Group>
        {mode === 'edit' && editable && (
          <Textarea
            label="Edit before approving"
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
        {mode === 'reject' && (
          <Textarea
            label="Why not? The agent is told not to propose it again"
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <Group>
          {mode === 'view' && (
            <>
              <Button
                size="xs"
                color="teal"
                leftSection={<IconCheck size={14} />}
                loading={decide.isPending}
                onClick={() => decide.mutate({ decision: 'approve' })}
              >
                Approve
              </Button>
              {editable && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => setMode('edit')}
                >
                  Edit
                </Button>
              )}
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconX size={14} />}
                onClick={() => setMode('reject')}
              >
                Reject
              </Button>
            </>
          )}
          {mode === 'edit' && (
            <>
              <Button
                size="xs"
                color="teal"
                loading={decide.isPending}
                onClick={() => decide.mutate({ decision: 'approve', args: { ...a.args, [editable!]: text } })}
              >
                Approve edited
              </Button>
              <Button size="xs" variant="default" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </>
          )}
          {mode === 'reject' && (
            <>
              <Button
                size="xs"
                color="red"
                disabled={reason.trim().length < 3}
                loading={decide.isPending}
                onClick={() => decide.mutate({ decision: 'reject', reason })}
              >
                Reject
              </Button>
              <Button size="xs" variant="default" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** What agents proposed and wait for: each with its preview (before → after), reason and risk class. */
export function ApprovalsInbox() {
  const pending = usePendingApprovals();
  if (pending.isError) return <QueryError error={pending.error} onRetry={() => pending.refetch()} />;
  if (!pending.data) return null;
  return (
    <Stack gap="sm">
      <Title order={4}>Waiting for your decision</Title>
      {pending.data.length === 0 ? (
        <Empty
          icon={<IconCheck size={28} />}
          title="Nothing to approve"
          description="When an agent proposes something that needs a human — a comment the team will see, an email to a customer — it waits here."
        />
      ) : (
        pending.data.map((a) => <ApprovalCard key={a.id} a={a} />)
      )}
    </Stack>
  );
}
