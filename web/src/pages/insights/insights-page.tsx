import { Button } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { PageHeader } from '../../components/page-header';
import { PipelineInsights } from '../../copilot/pipeline-insights';

/** Insights for everyone: the pipeline of the deals you can see. */
export function InsightsPage() {
  const { user } = useSession();
  return (
    <>
      <PageHeader
        title="Insights"
        description="Your pipeline at a glance, computed from the deals you can see."
        actions={
          user.role === 'admin' && (
            <Button component={Link} to="/copilot" variant="default" leftSection={<IconWand size={16} />}>
              CoPilot feedback
            </Button>
          )
        }
      />
      <PipelineInsights />
    </>
  );
}
