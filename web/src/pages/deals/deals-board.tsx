import { Anchor, Badge, Box, Card, Group, Paper, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { useUpdate } from '../../api/mutations';
import { useList, useStages, useUsers } from '../../api/queries';
import type { Deal, Stage } from '../../api/types';
import { stageColor } from '../../components/badges';
import { QueryError } from '../../components/query-error';
import { UserAvatar } from '../../components/user-avatar';
import { notifyError } from '../../lib/form-errors';
import { formatDate, formatMoney, totalsByCurrency } from '../../lib/format';

const PER_COLUMN = 100;
const DRAG_TYPE = 'application/x-cohelm-deal';

/** The pipeline: one column per stage, with its deal count and value; cards move between stages by drag. */
export function DealsBoard({ q, owner }: { q: string; owner: string }) {
  const { stages, isPending, isError, error, refetch } = useStages();
  const update = useUpdate<Deal>('deals');
  const move = (deal: Deal, stage: Stage) => {
    if (deal.stageId === stage.id) return;
    update.mutate(
      { record: deal, changes: { stageId: stage.id } },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: `“${deal.title}” moved to ${stage.name}` }),
        onError: (err) =>
          notifyError(
            err,
            isApiError(err, 'version_conflict')
              ? 'The deal changed meanwhile; the board is refreshed'
              : 'Could not move the deal',
          ),
      },
    );
  };
  if (isError) return <QueryError error={error} onRetry={() => refetch()} />;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" gap="md" wrap="nowrap" pb="sm">
        {isPending
          ? Array.from({ length: 5 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
              <Skeleton key={i} w={264} h={420} radius="md" />
            ))
          : stages.map((stage) => (
              <StageColumn
                key={stage.id}
                stage={stage}
                stages={stages}
                q={q}
                owner={owner}
                onDropDeal={move}
              />
            ))}
      </Group>
    </ScrollArea>
  );
}

function StageColumn({
  stage,
  stages,
  q,
  owner,
  onDropDeal,
}: {
  stage: Stage;
  stages: Stage[];
  q: string;
  owner: string;
  onDropDeal: (deal: Deal, stage: Stage) => void;
}) {
  const list = useList<Deal>('deals', {
    stageId: stage.id,
    q: q || undefined,
    ownerId: owner || undefined,
    sort: 'lastActivityAt',
    order: 'desc',
    limit: PER_COLUMN,
  });
  const [over, setOver] = useState(false);
  const items = list.data?.items ?? [];
  const totals = totalsByCurrency(items);
  const color = stageColor(stage, stages);
  return (
    <Paper
      w={264}
      miw={264}
      mih={420}
      p="sm"
      bg={over ? `${color}.0` : 'gray.1'}
      withBorder={false}
      aria-label={`${stage.name} column`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const raw = e.dataTransfer.getData(DRAG_TYPE);
        if (raw) onDropDeal(JSON.parse(raw) as Deal, stage);
      }}
    >
      <Box mb="sm" pb="xs" style={{ borderBottom: `3px solid var(--mantine-color-${color}-5)` }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={650} size="sm" truncate>
            {stage.name}
          </Text>
          <Badge size="sm" variant="white" color="gray">
            {list.data?.total ?? '…'}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" mt={2} data-testid={`stage-total-${stage.key}`}>
          {totals.length ? totals.map((t) => formatMoney(t.total, t.currency)).join(' + ') : 'No value'}
          {list.data && list.data.total > items.length ? ` (first ${items.length})` : ''}
        </Text>
      </Box>
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      <Stack gap="xs" mih={80}>
        {list.isPending
          ? Array.from({ length: 2 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
              <Skeleton key={i} h={84} radius="md" />
            ))
          : items.map((deal) => <DealCard key={deal.id} deal={deal} />)}
        {list.data && items.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            No deals in this stage
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function DealCard({ deal }: { deal: Deal }) {
  const { nameOf } = useUsers();
  return (
    <Card
      p="sm"
      shadow="xs"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(deal));
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: 'grab' }}
    >
      <Anchor
        component={Link}
        to={`/deals/${deal.id}`}
        fw={600}
        size="sm"
        c="var(--mantine-color-text)"
        lineClamp={2}
      >
        {deal.title}
      </Anchor>
      <Text size="sm" fw={500} mt={4} className="num">
        {formatMoney(deal.amount, deal.currency)}
      </Text>
      <Group justify="space-between" mt={6} wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          <IconCalendar size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {formatDate(deal.expectedCloseDate)}
          </Text>
        </Group>
        <UserAvatar name={nameOf(deal.ownerId)} size={22} />
      </Group>
    </Card>
  );
}
