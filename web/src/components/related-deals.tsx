import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useList, useStages } from '../api/queries';
import type { Deal } from '../api/types';
import { formatMoney } from '../lib/format';
import { StageBadge } from './badges';
import { QueryError } from './query-error';
import { Section } from './section';

/** Deals of a contact or a company. */
export function RelatedDeals({
  query,
  empty,
}: {
  query: { contactId?: string; companyId?: string };
  empty: string;
}) {
  const list = useList<Deal>('deals', { ...query, sort: 'lastActivityAt', order: 'desc', limit: 50 });
  const { stages, byId } = useStages();
  const items = list.data?.items ?? [];
  return (
    <Section title={`Deals${list.data ? ` · ${list.data.total}` : ''}`}>
      {list.isPending && <Skeleton h={40} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      <Stack gap="xs">
        {items.map((deal) => (
          <Group key={deal.id} justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/deals/${deal.id}`} size="sm" fw={500} truncate>
              {deal.title}
            </Anchor>
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" className="num">
                {formatMoney(deal.amount, deal.currency)}
              </Text>
              <StageBadge stage={byId.get(deal.stageId)} stages={stages} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
