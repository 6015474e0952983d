import { Alert, Anchor, Button, Divider, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUpdate } from '../../api/mutations';
import { useOne, useStages, useUsers } from '../../api/queries';
import type { Company, Deal } from '../../api/types';
import { DetailRow } from '../../components/detail-row';
import { Section } from '../../components/section';
import { TimeAgo } from '../../components/time-ago';
import { formError } from '../../lib/form-errors';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { DealFields, type DealFormValues, dealBody, dealFormValues, validateDeal } from './deal-form';

export function DealDetails({ deal }: { deal: Deal }) {
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title="Details"
      actions={
        !editing && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
          >
            Edit
          </Button>
        )
      }
    >
      {editing ? <DealEditForm deal={deal} onDone={() => setEditing(false)} /> : <DealFacts deal={deal} />}
    </Section>
  );
}

function DealFacts({ deal }: { deal: Deal }) {
  const { byId } = useStages();
  const { nameOf } = useUsers();
  const company = useOne<Company>('companies', deal.companyId);
  return (
    <Stack gap={0}>
      <DetailRow label="Amount">{formatMoney(deal.amount, deal.currency)}</DetailRow>
      <DetailRow label="Stage">{byId.get(deal.stageId)?.name ?? '—'}</DetailRow>
      <DetailRow label="Owner">{nameOf(deal.ownerId)}</DetailRow>
      <DetailRow label="Company">
        {deal.companyId ? (
          <Anchor component={Link} to={`/companies/${deal.companyId}`} size="sm">
            {company.data?.name ?? '…'}
          </Anchor>
        ) : (
          '—'
        )}
      </DetailRow>
      <DetailRow label="Expected close">{formatDate(deal.expectedCloseDate)}</DetailRow>
      <DetailRow label="Probability">{deal.probability === null ? '—' : `${deal.probability}%`}</DetailRow>
      <DetailRow label="Source">{deal.source || '—'}</DetailRow>
      {deal.closedAt && <DetailRow label="Closed">{formatDateTime(deal.closedAt)}</DetailRow>}
      <Divider my={6} />
      <DetailRow label="Created">
        <TimeAgo value={deal.createdAt} size="sm" /> by {nameOf(deal.createdBy)}
      </DetailRow>
      <DetailRow label="Last activity">
        <TimeAgo value={deal.lastActivityAt} size="sm" />
      </DetailRow>
    </Stack>
  );
}

function DealEditForm({ deal, onDone }: { deal: Deal; onDone: () => void }) {
  const update = useUpdate<Deal>('deals');
  const [error, setError] = useState<string | null>(null);
  const form = useForm<DealFormValues>({ initialValues: dealFormValues(deal), validate: validateDeal });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const body = dealBody(values);
    const changes = Object.fromEntries(
      Object.entries(body).filter(
        ([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(deal[k as keyof Deal]),
      ),
    );
    if (Object.keys(changes).length === 0) return onDone();
    try {
      await update.mutateAsync({ record: deal, changes });
      notifications.show({ color: 'teal', message: 'Deal saved' });
      onDone();
    } catch (err) {
      setError(formError(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <DealFields form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
