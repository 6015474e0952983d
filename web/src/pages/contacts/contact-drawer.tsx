import { Anchor, Button, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { useRemove, useUpdate } from '../../api/mutations';
import { useOne } from '../../api/queries';
import { type Contact, contactName } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { RecordForm, useRecordForm } from '../../components/record-form';
import { CompanyName } from '../../components/record-name';
import { RelatedDeals } from '../../components/related-deals';
import { Section } from '../../components/section';
import { Timeline } from '../../components/timeline';
import { UserAvatar } from '../../components/user-avatar';
import { notifyError } from '../../lib/form-errors';
import {
  ContactFields,
  type ContactFormValues,
  contactBody,
  contactFormValues,
  validateContact,
} from './contact-form';

export function ContactDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const contact = useOne<Contact>('contacts', id);
  return (
    <Drawer opened={!!id} onClose={onClose} position="right" size="xl" title={<Text fw={650}>Contact</Text>}>
      {contact.isError ? (
        isApiError(contact.error, 'not_found') ? (
          <Text c="dimmed">This contact does not exist or you cannot see it.</Text>
        ) : (
          <QueryError error={contact.error} onRetry={() => contact.refetch()} />
        )
      ) : contact.data ? (
        <ContactView key={contact.data.id} contact={contact.data} onDeleted={onClose} />
      ) : (
        <Stack>
          <Skeleton h={28} />
          <Skeleton h={200} />
        </Stack>
      )}
    </Drawer>
  );
}

function ContactView({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const update = useUpdate<Contact>('contacts');
  const remove = useRemove('contacts');
  const form = useRecordForm<ContactFormValues>(contactFormValues(contact), contact.version, validateContact);
  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap">
        <UserAvatar name={contactName(contact)} size="lg" />
        <Stack gap={2}>
          <Title order={3}>{contactName(contact)}</Title>
          <Text size="sm" c="dimmed">
            {contact.position}
            {contact.position && contact.companyId && ' at '}
            {contact.companyId && (
              <Anchor component={Link} to={`/companies/${contact.companyId}`} size="sm">
                <CompanyName id={contact.companyId} />
              </Anchor>
            )}
          </Text>
        </Stack>
      </Group>
      <Section title="Details">
        <RecordForm
          form={form}
          onSave={(values) => update.mutateAsync({ record: contact, changes: contactBody(values) })}
          extraActions={
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(contact.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'gray', message: `${contactName(contact)} deleted` });
                    onDeleted();
                  },
                  onError: (err) => notifyError(err, 'The contact was not deleted'),
                })
              }
            >
              Delete contact
            </Button>
          }
        >
          <ContactFields form={form} />
        </RecordForm>
      </Section>
      <RelatedDeals query={{ contactId: contact.id }} empty="This contact is on no deal yet." />
      <Section title="Activity">
        <Timeline resource="contacts" id={contact.id} />
      </Section>
    </Stack>
  );
}
