import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlayerPlay, IconPlayerStop, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, post } from '../../api/client';
import { useRemove, useUpdate } from '../../api/mutations';
import { keys, useOne, useUsers } from '../../api/queries';
import { type Call, type Contact, contactName } from '../../api/types';
import { CallStatusBadge } from '../../components/badges';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailRow } from '../../components/detail-row';
import { QueryError } from '../../components/query-error';
import { DealName } from '../../components/record-name';
import { Section } from '../../components/section';
import { Timeline } from '../../components/timeline';
import { UserAvatar } from '../../components/user-avatar';
import { AutofillReview } from '../../copilot/autofill-review';
import { CopilotPanel } from '../../copilot/copilot-panel';
import { notifyError } from '../../lib/form-errors';
import { formatDateTime, formatDuration } from '../../lib/format';
import { NotFoundPage } from '../not-found-page';
import { CallFollowUp } from './call-follow-up';
import { DirectionIcon } from './direction-icon';
import { Recording } from './recording';

export function CallPage() {
  const { id = '' } = useParams();
  const call = useOne<Call>('calls', id);
  if (call.isError)
    return isApiError(call.error, 'not_found') ? (
      <NotFoundPage what="call" back="/calls" />
    ) : (
      <QueryError error={call.error} onRetry={() => call.refetch()} />
    );
  if (!call.data)
    return (
      <Stack>
        <Skeleton h={20} w={200} />
        <Skeleton h={120} />
        <Skeleton h={300} />
      </Stack>
    );
  return <CallView call={call.data} />;
}

function CallView({ call }: { call: Call }) {
  const { nameOf } = useUsers();
  const client = useQueryClient();
  const navigate = useNavigate();
  const audio = useRef<HTMLAudioElement>(null);
  const contact = useOne<Contact>('contacts', call.contactId);
  const update = useUpdate<Call>('calls');
  const remove = useRemove('calls');
  const [deleting, confirm] = useDisclosure();
  const transition = useMutation({
    mutationFn: (action: 'start' | 'end') => post<Call>(`/calls/${call.id}/${action}`),
    onSuccess: (saved) => {
      client.setQueryData(keys.one('calls', saved.id), saved);
      return client.invalidateQueries({ queryKey: ['calls'] });
    },
    onError: (err) => notifyError(err, 'The call was not updated'),
  });

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/calls" size="sm">
          Calls
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={400}>
          {call.subject || 'Untitled call'}
        </Text>
      </Breadcrumbs>
      <Paper p="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="md" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
            <DirectionIcon direction={call.direction} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap="sm">
                <Title order={2}>{call.subject || 'Untitled call'}</Title>
                <CallStatusBadge status={call.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {call.direction === 'inbound' ? 'Inbound' : 'Outbound'} call by {nameOf(call.ownerId)} ·{' '}
                {formatDateTime(call.startedAt ?? call.createdAt)} · Duration{' '}
                {formatDuration(call.durationSeconds)}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {call.status === 'planned' && (
              <Button
                leftSection={<IconPlayerPlay size={16} />}
                loading={transition.isPending}
                onClick={() => transition.mutate('start')}
              >
                Start call
              </Button>
            )}
            {call.status === 'in_progress' && (
              <Button
                color="red"
                leftSection={<IconPlayerStop size={16} />}
                loading={transition.isPending}
                onClick={() => transition.mutate('end')}
              >
                End call
              </Button>
            )}
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="Call actions">
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirm.open}>
                  Delete call
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <Recording call={call} audioRef={audio} />
            <CallFollowUp call={call} audioRef={audio} />
            {call.dealId && call.transcript && (
              <Section title="Update the deal from this call" data-testid="call-autofill">
                <AutofillReview dealId={call.dealId} />
              </Section>
            )}
            <Section title="Activity">
              <Timeline resource="calls" id={call.id} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <CopilotPanel
              entity="call"
              id={call.id}
              actions={{
                onCreateTasks: async (items) => {
                  for (const i of items)
                    await post('/tasks', {
                      title: i.action.slice(0, 300),
                      description: `From the call "${call.subject}": ${i.sentence}`,
                      ...(call.dealId ? { dealId: call.dealId } : {}),
                      ...(i.due ? { dueAt: new Date(`${i.due}T17:00:00Z`).toISOString() } : {}),
                    });
                  await client.invalidateQueries({ queryKey: ['tasks'] });
                },
              }}
            />
            <Section title="Details">
              <DetailRow label="Deal">
                {call.dealId ? (
                  <Anchor component={Link} to={`/deals/${call.dealId}`} size="sm">
                    <DealName id={call.dealId} />
                  </Anchor>
                ) : (
                  '—'
                )}
              </DetailRow>
              <DetailRow label="Contact">
                {call.contactId ? (
                  <Anchor component={Link} to={`/contacts/${call.contactId}`} size="sm">
                    {contact.data ? contactName(contact.data) : '…'}
                  </Anchor>
                ) : (
                  '—'
                )}
              </DetailRow>
              <DetailRow label="Started">{formatDateTime(call.startedAt)}</DetailRow>
              <DetailRow label="Ended">{formatDateTime(call.endedAt)}</DetailRow>
              <DetailRow label="Recording consent">
                <Switch
                  aria-label="Recording consent"
                  checked={call.recordingConsent}
                  disabled={update.isPending}
                  onChange={(e) =>
                    update.mutate(
                      { record: call, changes: { recordingConsent: e.currentTarget.checked } },
                      { onError: (err) => notifyError(err, 'Consent was not saved') },
                    )
                  }
                />
              </DetailRow>
            </Section>
            <Section title={`Participants (${call.participants.length})`}>
              {call.participants.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nobody is listed on this call.
                </Text>
              ) : (
                <Stack gap="sm">
                  {call.participants.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: participants have no id of their own
                    <Group key={i} gap="sm" wrap="nowrap">
                      <UserAvatar name={p.name} />
                      <Stack gap={0}>
                        {p.contactId ? (
                          <Anchor component={Link} to={`/contacts/${p.contactId}`} size="sm" fw={500}>
                            {p.name}
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={500}>
                            {p.name}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {[p.role, p.phone].filter(Boolean).join(' · ') ||
                            (p.userId ? 'Team member' : 'Participant')}
                        </Text>
                      </Stack>
                    </Group>
                  ))}
                </Stack>
              )}
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={deleting}
        onClose={confirm.close}
        title="Delete this call?"
        message="The call, its recording and its transcript will be deleted for everyone. This cannot be undone."
        confirmLabel="Delete call"
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(call.id, {
            onSuccess: () => {
              notifications.show({ color: 'gray', message: 'Call deleted' });
              navigate('/calls', { replace: true });
            },
            onError: (err) => notifyError(err, 'The call was not deleted'),
          })
        }
      />
    </Stack>
  );
}
