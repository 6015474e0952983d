import { Anchor, Button, Group, Paper, Table, TextInput, ThemeIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { compact, useCreate } from '../../api/mutations';
import { useList, useUsers } from '../../api/queries';
import type { Company } from '../../api/types';
import { Empty } from '../../components/empty';
import { FormModal } from '../../components/form-modal';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SortHeader } from '../../components/sort-header';
import { hostOf } from '../../lib/format';
import { useSearchState } from '../../lib/search-state';
import { CompanyDrawer } from './company-drawer';
import {
  CompanyFields,
  type CompanyFormValues,
  companyBody,
  companyFormValues,
  validateCompany,
} from './company-form';

const LIMIT = 25;

export function CompaniesPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { search: urlSearch } = useLocation();
  const { nameOf } = useUsers();
  const state = useSearchState(['q', 'sort', 'order'] as const);
  const { q } = state.values;
  const sort = state.values.sort || 'name';
  const order = state.values.order || 'asc';
  const [text, setText] = useState(q);
  const search = useDebouncedCallback((value: string) => state.set({ q: value }), 300);
  const [creating, modal] = useDisclosure();
  const list = useList<Company>('companies', {
    q: q || undefined,
    sort,
    order,
    limit: LIMIT,
    offset: state.offset,
  });
  const items = list.data?.items ?? [];
  const onSort = (field: string, o: 'asc' | 'desc') => state.set({ sort: field, order: o });

  return (
    <>
      <PageHeader
        title="Companies"
        description="The organisations you sell to."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
            New company
          </Button>
        }
      />
      <TextInput
        mb="md"
        aria-label="Search companies"
        placeholder="Search by name, industry or website"
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
            icon={<IconBuilding size={28} />}
            title={q ? 'No companies match' : 'No companies yet'}
            description={
              q
                ? 'Try another name, industry or website.'
                : 'Add a company, then link its people and deals to it.'
            }
            action={
              <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
                New company
              </Button>
            }
          />
        </Paper>
      ) : (
        <ListTable
          list={list}
          minWidth={720}
          columns={5}
          limit={LIMIT}
          offset={state.offset}
          onOffset={(offset) => state.set({ offset })}
          head={
            <>
              <SortHeader field="name" sort={sort} order={order} onSort={onSort}>
                Company
              </SortHeader>
              <Table.Th>Industry</Table.Th>
              <Table.Th>Website</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Owner</Table.Th>
            </>
          }
          row={(c) => (
            <Table.Tr
              key={c.id}
              className="row-link"
              onClick={() => navigate(`/companies/${c.id}${urlSearch}`)}
            >
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" color="gray" radius="md">
                    <IconBuilding size={16} />
                  </ThemeIcon>
                  <Anchor
                    component={Link}
                    to={`/companies/${c.id}${urlSearch}`}
                    size="sm"
                    fw={600}
                    c="var(--mantine-color-text)"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {c.name}
                  </Anchor>
                </Group>
              </Table.Td>
              <Table.Td fz="sm">{c.industry || '—'}</Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                {c.website ? (
                  <Anchor href={c.website} target="_blank" rel="noopener noreferrer" size="sm">
                    {hostOf(c.website)}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td fz="sm">{c.phone || '—'}</Table.Td>
              <Table.Td fz="sm">{nameOf(c.ownerId)}</Table.Td>
            </Table.Tr>
          )}
        />
      )}
      <NewCompanyModal opened={creating} onClose={modal.close} />
      <CompanyDrawer id={id} onClose={() => navigate(`/companies${urlSearch}`)} />
    </>
  );
}

function NewCompanyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreate<Company>('companies');
  const form = useForm<CompanyFormValues>({ initialValues: companyFormValues(), validate: validateCompany });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New company"
      submitLabel="Create company"
      form={form}
      onSubmit={async (values) => {
        const company = await create.mutateAsync(compact(companyBody(values)));
        notifications.show({ color: 'teal', message: `${company.name} added` });
      }}
    >
      <CompanyFields form={form} />
    </FormModal>
  );
}
