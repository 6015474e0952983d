import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { get } from '../../api/client';
import { keys } from '../../api/queries';
import { type Contact, contactName, type Deal } from '../../api/types';
import { Section } from '../../components/section';
import { UserAvatar } from '../../components/user-avatar';

export function DealContacts({ deal }: { deal: Deal }) {
  const contacts = useQueries({
    queries: deal.contactIds.map((id) => ({
      queryKey: keys.one('contacts', id),
      queryFn: () => get<Contact>(`/contacts/${id}`),
      retry: false,
    })),
  });
  return (
    <Section title={`Contacts${deal.contactIds.length ? ` (${deal.contactIds.length})` : ''}`}>
      {deal.contactIds.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contacts on this deal. Use Edit in Details to add the people you talk to.
        </Text>
      ) : (
        <Stack gap="sm">
          {contacts.map((q, i) =>
            q.data ? (
              <Group key={q.data.id} gap="sm" wrap="nowrap" align="flex-start">
                <UserAvatar name={contactName(q.data)} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/contacts/${q.data.id}`} size="sm" fw={600}>
                    {contactName(q.data)}
                  </Anchor>
                  {q.data.position && (
                    <Text size="xs" c="dimmed">
                      {q.data.position}
                    </Text>
                  )}
                  <Group gap="sm">
                    {q.data.email && (
                      <Anchor href={`mailto:${q.data.email}`} size="xs" c="dimmed">
                        <IconMail size={12} /> {q.data.email}
                      </Anchor>
                    )}
                    {q.data.phone && (
                      <Anchor href={`tel:${q.data.phone}`} size="xs" c="dimmed">
                        <IconPhone size={12} /> {q.data.phone}
                      </Anchor>
                    )}
                  </Group>
                </Stack>
              </Group>
            ) : q.isError ? (
              <Text key={deal.contactIds[i]} size="sm" c="dimmed">
                A contact you cannot see
              </Text>
            ) : (
              <Skeleton key={deal.contactIds[i]} h={36} />
            ),
          )}
        </Stack>
      )}
    </Section>
  );
}
