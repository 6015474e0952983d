import { Button, Center, SegmentedControl } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconLayoutKanban, IconList, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useSearchState } from '../../lib/search-state';
import { DealFilters } from './deal-filters';
import { DealsBoard } from './deals-board';
import { DealsTable } from './deals-table';
import { NewDealModal } from './new-deal-modal';

export function DealsPage() {
  const state = useSearchState(['view', 'q', 'stage', 'owner', 'sort', 'order'] as const);
  const [creating, { open, close }] = useDisclosure();
  const board = state.values.view === 'board';
  return (
    <>
      <PageHeader
        title="Deals"
        description={
          board ? 'Your pipeline by stage. Drag a card to move the deal.' : 'Every deal you can see.'
        }
        actions={
          <>
            <SegmentedControl
              aria-label="View"
              value={board ? 'board' : 'list'}
              onChange={(v) => state.set({ view: v === 'board' ? 'board' : null })}
              data={[
                {
                  value: 'list',
                  label: (
                    <Center style={{ gap: 6 }}>
                      <IconList size={16} /> List
                    </Center>
                  ),
                },
                {
                  value: 'board',
                  label: (
                    <Center style={{ gap: 6 }}>
                      <IconLayoutKanban size={16} /> Pipeline
                    </Center>
                  ),
                },
              ]}
            />
            <Button
              component={Link}
              to="/insights"
              variant="default"
              leftSection={<IconChartBar size={16} />}
            >
              Insights
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={open}>
              New deal
            </Button>
          </>
        }
      />
      <DealFilters values={state.values} onChange={state.set} showStage={!board} />
      {board ? (
        <DealsBoard q={state.values.q} owner={state.values.owner} />
      ) : (
        <DealsTable state={state} onCreate={open} />
      )}
      <NewDealModal opened={creating} onClose={close} />
    </>
  );
}
