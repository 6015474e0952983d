import { Group, SegmentedControl, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { get } from '../../api/client';
import { useSession } from '../../auth/session';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { AcceptanceRates } from '../../copilot/acceptance-rates';
import type { Rate } from '../../copilot/analytics-types';
import { SharedInteractions } from '../../copilot/shared-interactions';
import { NotFoundPage } from '../not-found-page';

const PERIODS = ['30', '90', '365'] as const;

/** Admins: how CoPilot's answers are received (per pre-prompt and technology) and what users shared. */
export function CopilotAdminPage() {
  const { user } = useSession();
  const [days, setDays] = useState<string>('90');
  const stats = useQuery({
    queryKey: ['copilot', 'stats', days],
    queryFn: () => get<{ byPreprompt: Rate[]; byTechnology: Rate[] }>('/copilot/feedback/stats', { days }),
    enabled: user.role === 'admin',
  });
  if (user.role !== 'admin') return <NotFoundPage />;
  return (
    <>
      <PageHeader
        title="CoPilot"
        description="How often people keep what CoPilot writes, per pre-prompt and per AI technology, and the interactions they chose to share with you."
        actions={
          <Group>
            <SegmentedControl
              aria-label="Period"
              value={days}
              onChange={setDays}
              data={PERIODS.map((d) => ({ value: d, label: `${d} days` }))}
            />
          </Group>
        }
      />
      <Stack>
        {stats.isError ? (
          <QueryError error={stats.error} onRetry={() => stats.refetch()} />
        ) : !stats.data ? (
          <Skeleton h={240} />
        ) : (
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            <AcceptanceRates title="Acceptance by pre-prompt" rows={stats.data.byPreprompt} />
            <AcceptanceRates title="Acceptance by AI technology" rows={stats.data.byTechnology} />
          </SimpleGrid>
        )}
        <SharedInteractions />
      </Stack>
    </>
  );
}
