import { Tabs } from '@mantine/core';
import {
  IconChartBar,
  IconFileText,
  IconListCheck,
  IconMessageReport,
  IconShieldLock,
  IconUserOff,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import { PageHeader } from '../../components/page-header';
import { aiKeys, type Technology } from '../ai/ai-types';
import { AccessPanel } from './access-panel';
import { AuditPanel } from './audit-panel';
import { ComplaintsPanel } from './complaints-panel';
import { PolicyPanel } from './policy-panel';
import { TermsPanel } from './terms-panel';
import { UsagePanel } from './usage-panel';

/** Admin console for AI governance: policy, usage against the plan, and the audit ledger. */
export function GovernancePage() {
  const techs = useQuery({
    queryKey: aiKeys.technologies,
    queryFn: () => get<{ items: Technology[] }>('/ai/technologies').then((r) => r.items),
  });
  return (
    <>
      <PageHeader
        title="AI governance"
        description="What AI may do in this account, how much it is used, and the tamper-evident record of every request."
      />
      <Tabs defaultValue="policy" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="policy" leftSection={<IconShieldLock size={16} />}>
            Policy
          </Tabs.Tab>
          <Tabs.Tab value="access" leftSection={<IconUserOff size={16} />}>
            People and access
          </Tabs.Tab>
          <Tabs.Tab value="terms" leftSection={<IconFileText size={16} />}>
            Terms
          </Tabs.Tab>
          <Tabs.Tab value="complaints" leftSection={<IconMessageReport size={16} />}>
            Complaints
          </Tabs.Tab>
          <Tabs.Tab value="usage" leftSection={<IconChartBar size={16} />}>
            Usage
          </Tabs.Tab>
          <Tabs.Tab value="audit" leftSection={<IconListCheck size={16} />}>
            Audit ledger
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="policy">
          <PolicyPanel technologies={techs.data ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="access">
          <AccessPanel />
        </Tabs.Panel>
        <Tabs.Panel value="terms">
          <TermsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="complaints">
          <ComplaintsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="usage">
          <UsagePanel />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
