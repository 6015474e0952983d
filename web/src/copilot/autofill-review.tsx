import { Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { get, post } from '../api/client';
import { useList } from '../api/queries';
import type { Call } from '../api/types';
import { notifyError } from '../lib/form-errors';
import { AiBadge } from './ai-badge';
import type { Autofill } from './copilot-types';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') : String(v);
const PASTE = 'paste';

/**
 * CRM auto-fill: CoPilot reads deal fields from a call or pasted text and shows them as a review —
 * current → proposed, with the sentence each comes from. Nothing changes until the user accepts.
 */
export function AutofillReview({ dealId }: { dealId: string }) {
  const qc = useQueryClient();
  const calls = useList<Call>('calls', { dealId, limit: 50 });
  const key = ['copilot', 'autofill', dealId];
  const proposals = useQuery({
    queryKey: key,
    queryFn: () => get<{ items: Autofill[] }>('/copilot/autofill', { dealId }).then((r) => r.items),
  });
  const [source, setSource] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[] | null>(null);
  const open = proposals.data?.find((p) => p.status === 'proposed');
  const chosen = picked ?? open?.proposals.map((p) => p.field) ?? [];
  const refresh = () => qc.invalidateQueries({ queryKey: key });

  const propose = useMutation({
    mutationFn: () =>
      post<Autofill>('/copilot/autofill', {
        dealId,
        source: source === PASTE ? { type: 'text', text } : { type: 'call', id: source },
      }),
    onSuccess: () => {
      setPicked(null);
      return refresh();
    },
    onError: (err) => notifyError(err, 'CoPilot could not read the fields'),
  });
  const apply = useMutation({
    mutationFn: () => post(`/copilot/autofill/${open?.id}/apply`, { fields: chosen }),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: `Updated ${chosen.length} field${chosen.length === 1 ? '' : 's'}`,
      });
      setPicked(null);
      // The deal changed: its brief is prepared again for the new version.
      post(`/deals/${dealId}/open`).catch(() => {});
      await Promise.all([refresh(), qc.invalidateQueries({ queryKey: ['deals'] })]);
    },
    onError: (err) => notifyError(err, 'The fields were not written'),
  });
  const discard = useMutation({
    mutationFn: () => post(`/copilot/autofill/${open?.id}/discard`),
    onSuccess: refresh,
    onError: (err) => notifyError(err, 'The proposal was not discarded'),
  });
  const options = [
    ...(calls.data?.items ?? []).map((c) => ({
      value: c.id,
      label: `Call: ${c.subject || 'untitled'}${c.transcript ? '' : ' (no transcript yet)'}`,
      disabled: !c.transcript,
    })),
    { value: PASTE, label: 'Paste a chat or notes' },
  ];
  return (
    <Paper withBorder p="sm" radius="md" aria-label="Auto-fill">
      <Text fw={600} size="sm" mb={6}>
        Fill deal fields from a conversation
      </Text>
      <Stack gap="xs">
        <Select
          label="Read from"
          placeholder="Choose a call or paste text"
          data={options}
          value={source}
          onChange={setSource}
          size="xs"
        />
        {source === PASTE && (
          <Textarea
            label="Conversation"
            aria-label="Conversation to read"
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
        <Group>
          <Button
            size="xs"
            variant="light"
            color="grape"
            disabled={!source || (source === PASTE && !text.trim())}
            loading={propose.isPending}
            onClick={() => propose.mutate()}
          >
            Propose fields
          </Button>
        </Group>
        {open && (
          <Stack gap={6} aria-label="Proposed fields">
            <Group gap={6}>
              <Text size="xs" fw={600}>
                Review before anything is written
              </Text>
              <AiBadge label={open.label} />
            </Group>
            {open.proposals.length === 0 ? (
              <Text size="sm" c="dimmed">
                No field values found that differ from the deal.
              </Text>
            ) : (
              <Table fz="xs" verticalSpacing={4} withRowBorders>
                <Table.Tbody>
                  {open.proposals.map((p) => (
                    <Table.Tr key={p.field}>
                      <Table.Td w={28}>
                        <Checkbox
                          aria-label={`Accept ${p.label}`}
                          checked={chosen.includes(p.field)}
                          onChange={(e) =>
                            setPicked(
                              e.currentTarget.checked
                                ? [...chosen, p.field]
                                : chosen.filter((f) => f !== p.field),
                            )
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" fw={600}>
                          {p.label}
                        </Text>
                        <Text size="xs">
                          <Text span c="dimmed" td="line-through">
                            {show(p.current)}
                          </Text>{' '}
                          → <b>{show(p.proposed)}</b>
                        </Text>
                        <Text size="xs" c="dimmed" fs="italic">
                          “{p.sourceSentence}”
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {open.contactRoles.length > 0 && (
              <Text size="xs" c="dimmed">
                Roles mentioned: {open.contactRoles.map((r) => `${r.contactName} (${r.role})`).join(', ')}
              </Text>
            )}
            <Group gap="xs">
              <Button
                size="xs"
                disabled={!chosen.length}
                loading={apply.isPending}
                onClick={() => apply.mutate()}
              >
                Accept selected
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                loading={discard.isPending}
                onClick={() => discard.mutate()}
              >
                Discard
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
