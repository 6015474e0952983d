import { Anchor, Button, Drawer, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { useRemove, useUpdate } from '../../api/mutations';
import { useList, useOne } from '../../api/queries';
import { type Company, type Contact, contactName } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { RecordForm, useRecordForm } from '../../components/record-form';
import { RelatedDeals } from '../../components/related-deals';
import { Section } from '../../components/section';
import { Timeline } from '../../components/timeline';
import { UserAvatar } from '../../components/user-avatar';
import { notifyError } from '../../lib/form-errors';
import { hostOf } from '../../lib/format';
import {
  CompanyFields,
  type CompanyFormValues,
  companyBody,
  companyFormValues,
  validateCompany,
} from './company-form';

export function CompanyDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const company = useOne<Company>('companies', id);
  return (
    <Drawer opened={!!id} onClose={onClose} position="right" size="xl" title={<Text fw={650}>Company</Text>}>
      {company.isError ? (
        isApiError(company.error, 'not_found') ? (
          <Text c="dimmed">This company does not exist or you cannot see it.</Text>
        ) : (
          <QueryError error={company.error} onRetry={() => company.refetch()} />
        )
      ) : company.data ? (
        <CompanyView key={company.data.id} company={company.data} onDeleted={onClose} />
      ) : (
        <Stack>
          <Skeleton h={28} />
          <Skeleton h={200} />
        </Stack>
      )}
    </Drawer>
  );
}

function CompanyView({ company, onDeleted }: { company: Company; onDeleted: () => void }) {
  const update = useUpdate<Company>('companies');
  const remove = useRemove('companies');
  const form = useRecordForm<CompanyFormValues>(companyFormValues(company), company.version, validateCompany);
  const people = useList<Contact>('contacts', { companyId: company.id, limit: 50 });
  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size="xl" variant="light" color="gray" radius="md">
          <IconBuilding size={24} />
        </ThemeIcon>
        <Stack gap={2}>
          <Title order={3}>{company.name}</Title>
          <Text size="sm" c="dimmed">
            {[company.industry, company.website && hostOf(company.website)].filter(Boolean).join(' · ') ||
              'Company'}
          </Text>
        </Stack>
      </Group>
      <Section title="Details">
        <RecordForm
          form={form}
          onSave={(values) => update.mutateAsync({ record: company, changes: companyBody(values) })}
          extraActions={
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(company.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'gray', message: `${company.name} deleted` });
                    onDeleted();
                  },
                  onError: (err) => notifyError(err, 'The company was not deleted'),
                })
              }
            >
              Delete company
            </Button>
          }
        >
          <CompanyFields form={form} />
        </RecordForm>
      </Section>
      <Section title={`People${people.data ? ` · ${people.data.total}` : ''}`}>
        {people.isPending && <Skeleton h={40} />}
        {people.isError && <QueryError error={people.error} onRetry={() => people.refetch()} />}
        {people.data?.items.length === 0 && (
          <Text size="sm" c="dimmed">
            Nobody from this company yet. Set the company on a contact to list them here.
          </Text>
        )}
        <Stack gap="xs">
          {people.data?.items.map((c) => (
            <Group key={c.id} gap="sm" wrap="nowrap">
              <UserAvatar name={contactName(c)} />
              <div>
                <Anchor component={Link} to={`/contacts/${c.id}`} size="sm" fw={500}>
                  {contactName(c)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[c.position, c.email].filter(Boolean).join(' · ')}
                </Text>
              </div>
            </Group>
          ))}
        </Stack>
      </Section>
      <RelatedDeals query={{ companyId: company.id }} empty="No deals with this company yet." />
      <Section title="Activity">
        <Timeline resource="companies" id={company.id} />
      </Section>
    </Stack>
  );
}
