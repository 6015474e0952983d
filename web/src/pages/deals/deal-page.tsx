import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Grid,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconCalendar, IconDots, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, post } from '../../api/client';
import { useRemove, useUpdate } from '../../api/mutations';
import { useOne, useStages, useUsers } from '../../api/queries';
import type { Company, Deal, Stage } from '../../api/types';
import { StageBadge } from '../../components/badges';
import { ConfirmModal } from '../../components/confirm-modal';
import { QueryError } from '../../components/query-error';
import { Section } from '../../components/section';
import { Timeline } from '../../components/timeline';
import { UserAvatar } from '../../components/user-avatar';
import { CopilotPanel } from '../../copilot/copilot-panel';
import { notifyError } from '../../lib/form-errors';
import { formatDate, formatMoney } from '../../lib/format';
import { NotFoundPage } from '../not-found-page';
import { DealContacts } from './deal-contacts';
import { DealDetails } from './deal-details';
import { RelatedCalls } from './related-calls';
import { RelatedTasks } from './related-tasks';
import { StagePath } from './stage-path';

export function DealPage() {
  const { id = '' } = useParams();
  const deal = useOne<Deal>('deals', id);
  const opened = useRef<string>(undefined);
  useEffect(() => {
    // Tells the server (and its CoPilot hints) that the deal was looked at; once per visit.
    if (opened.current === id) return;
    opened.current = id;
    post(`/deals/${id}/open`).catch(() => {});
  }, [id]);

  if (deal.isError)
    return isApiError(deal.error, 'not_found') ? (
      <NotFoundPage what="deal" back="/deals" />
    ) : (
      <QueryError error={deal.error} onRetry={() => deal.refetch()} />
    );
  if (!deal.data)
    return (
      <Stack>
        <Skeleton h={20} w={200} />
        <Skeleton h={140} />
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton h={320} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Skeleton h={320} />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  return <DealView deal={deal.data} />;
}

function DealView({ deal }: { deal: Deal }) {
  const { stages, byId } = useStages();
  const { nameOf } = useUsers();
  const company = useOne<Company>('companies', deal.companyId);
  const update = useUpdate<Deal>('deals');
  const remove = useRemove('deals');
  const navigate = useNavigate();
  const [deleting, confirmDelete] = useDisclosure();
  const stage = byId.get(deal.stageId);

  const changeStage = (next: Stage) =>
    update.mutate(
      { record: deal, changes: { stageId: next.id } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: `Stage changed to ${next.name}` }),
        onError: (err) =>
          notifyError(
            err,
            isApiError(err, 'version_conflict')
              ? 'Someone changed this deal meanwhile; it is reloaded, try again'
              : 'The stage was not changed',
          ),
      },
    );
  const pendingStage = update.isPending
    ? (update.variables?.changes.stageId as string | undefined)
    : undefined;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/deals" size="sm">
          Deals
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={400}>
          {deal.title}
        </Text>
      </Breadcrumbs>

      <Paper p="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="sm">
              <Title order={2} style={{ overflowWrap: 'anywhere' }}>
                {deal.title}
              </Title>
              <StageBadge stage={stage} stages={stages} />
            </Group>
            <Group gap="xl" mt={4} wrap="wrap">
              <Stat label="Amount">
                <Text fw={700} size="xl" data-testid="deal-amount">
                  {formatMoney(deal.amount, deal.currency)}
                </Text>
              </Stat>
              <Stat label="Owner">
                <Group gap={6} wrap="nowrap">
                  <UserAvatar name={nameOf(deal.ownerId)} size={22} />
                  <Text size="sm" fw={500}>
                    {nameOf(deal.ownerId)}
                  </Text>
                </Group>
              </Stat>
              <Stat label="Company">
                <Group gap={6} wrap="nowrap">
                  <IconBuilding size={16} color="var(--mantine-color-dimmed)" />
                  {deal.companyId ? (
                    <Anchor component={Link} to={`/companies/${deal.companyId}`} size="sm" fw={500}>
                      {company.data?.name ?? '…'}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Group>
              </Stat>
              <Stat label="Expected close">
                <Group gap={6} wrap="nowrap">
                  <IconCalendar size={16} color="var(--mantine-color-dimmed)" />
                  <Text size="sm" fw={500}>
                    {formatDate(deal.expectedCloseDate)}
                  </Text>
                </Group>
              </Stat>
              <Stat label="Probability">
                <Text size="sm" fw={500}>
                  {deal.probability === null ? '—' : `${deal.probability}%`}
                </Text>
              </Stat>
            </Group>
          </Stack>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label="Deal actions">
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete.open}>
                Delete deal
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="lg" mb={6}>
          Stage
        </Text>
        <StagePath stages={stages} current={deal.stageId} pending={pendingStage} onChange={changeStage} />
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Section title="Activity" data-testid="deal-activity">
            <Timeline resource="deals" id={deal.id} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <CopilotPanel entity="deal" id={deal.id} />
            <DealDetails deal={deal} />
            <DealContacts deal={deal} />
            <RelatedTasks dealId={deal.id} />
            <RelatedCalls dealId={deal.id} />
          </Stack>
        </Grid.Col>
      </Grid>

      <ConfirmModal
        opened={deleting}
        onClose={confirmDelete.close}
        title="Delete this deal?"
        message={`“${deal.title}” and its timeline will be deleted for everyone. This cannot be undone.`}
        confirmLabel="Delete deal"
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(deal.id, {
            onSuccess: () => {
              notifications.show({ color: 'gray', message: `Deal “${deal.title}” deleted` });
              navigate('/deals', { replace: true });
            },
            onError: (err) => notifyError(err, 'The deal was not deleted'),
          })
        }
      />
    </Stack>
  );
}

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {children}
    </Stack>
  );
}
