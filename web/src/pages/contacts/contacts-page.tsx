import { Anchor, Button, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { compact, useCreate } from '../../api/mutations';
import { useList, useUsers } from '../../api/queries';
import { type Contact, contactName } from '../../api/types';
import { Empty } from '../../components/empty';
import { FormModal } from '../../components/form-modal';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { CompanyName } from '../../components/record-name';
import { SortHeader } from '../../components/sort-header';
import { UserAvatar } from '../../components/user-avatar';
import { useSearchState } from '../../lib/search-state';
import { ContactDrawer } from './contact-drawer';
import {
  ContactFields,
  type ContactFormValues,
  contactBody,
  contactFormValues,
  validateContact,
} from './contact-form';

const LIMIT = 25;

export function ContactsPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { search: urlSearch } = useLocation();
  const { nameOf } = useUsers();
  const state = useSearchState(['q', 'sort', 'order'] as const);
  const { q } = state.values;
  const sort = state.values.sort || 'lastName';
  const order = state.values.order || 'asc';
  const [text, setText] = useState(q);
  const search = useDebouncedCallback((value: string) => state.set({ q: value }), 300);
  const [creating, modal] = useDisclosure();
  const list = useList<Contact>('contacts', {
    q: q || undefined,
    sort,
    order,
    limit: LIMIT,
    offset: state.offset,
  });
  const items = list.data?.items ?? [];
  const onSort = (field: string, o: 'asc' | 'desc') => state.set({ sort: field, order: o });
  const open = (contactId: string) => navigate(`/contacts/${contactId}${urlSearch}`);

  return (
    <>
      <PageHeader
        title="Contacts"
        description="The people you work with."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
            New contact
          </Button>
        }
      />
      <TextInput
        mb="md"
        aria-label="Search contacts"
        placeholder="Search by name, email or phone"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          search(e.currentTarget.value);
        }}
        w={{ base: '100%', sm: 320 }}
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : list.data && items.length === 0 && state.offset === 0 ? (
        <Paper>
          <Empty
            icon={<IconUsers size={28} />}
            title={q ? 'No contacts match' : 'No contacts yet'}
            description={
              q
                ? 'Try another name, email or phone number.'
                : 'Add the people you talk to, then link them to deals and calls.'
            }
            action={
              <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
                New contact
              </Button>
            }
          />
        </Paper>
      ) : (
        <ListTable
          list={list}
          minWidth={760}
          columns={5}
          limit={LIMIT}
          offset={state.offset}
          onOffset={(offset) => state.set({ offset })}
          head={
            <>
              <SortHeader field="lastName" sort={sort} order={order} onSort={onSort}>
                Name
              </SortHeader>
              <Table.Th>Email</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Company</Table.Th>
              <Table.Th>Owner</Table.Th>
            </>
          }
          row={(c) => (
            <Table.Tr key={c.id} className="row-link" onClick={() => open(c.id)}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <UserAvatar name={contactName(c)} />
                  <div>
                    <Anchor
                      component={Link}
                      to={`/contacts/${c.id}${urlSearch}`}
                      size="sm"
                      fw={600}
                      c="var(--mantine-color-text)"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {contactName(c)}
                    </Anchor>
                    {c.position && (
                      <Text size="xs" c="dimmed">
                        {c.position}
                      </Text>
                    )}
                  </div>
                </Group>
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                {c.email ? (
                  <Anchor href={`mailto:${c.email}`} size="sm">
                    {c.email}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td fz="sm">{c.phone || '—'}</Table.Td>
              <Table.Td fz="sm">{c.companyId ? <CompanyName id={c.companyId} /> : '—'}</Table.Td>
              <Table.Td fz="sm">{nameOf(c.ownerId)}</Table.Td>
            </Table.Tr>
          )}
        />
      )}
      <NewContactModal opened={creating} onClose={modal.close} />
      <ContactDrawer id={id} onClose={() => navigate(`/contacts${urlSearch}`)} />
    </>
  );
}

function NewContactModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreate<Contact>('contacts');
  const form = useForm<ContactFormValues>({ initialValues: contactFormValues(), validate: validateContact });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New contact"
      submitLabel="Create contact"
      form={form}
      onSubmit={async (values) => {
        const contact = await create.mutateAsync(compact(contactBody(values)));
        notifications.show({ color: 'teal', message: `${contactName(contact)} added` });
      }}
    >
      <ContactFields form={form} />
    </FormModal>
  );
}
