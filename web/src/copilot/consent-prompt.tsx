import { Alert, Button, Group, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client';
import { notifyError } from '../lib/form-errors';

/** Shown where CoPilot waits for the AI terms: accept them here, then what waited is done again. */
export function ConsentPrompt({
  onAccepted,
  title = 'Accept the AI terms to see CoPilot hints',
}: {
  onAccepted: () => unknown;
  title?: string;
}) {
  const qc = useQueryClient();
  const accept = useMutation({
    mutationFn: async () => {
      const status = await get<{ terms: { version: number } }>('/ai/consent');
      await post('/ai/consent/terms', { version: status.terms.version });
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['ai', 'consent'] });
      await qc.invalidateQueries({ queryKey: ['copilot', 'health'] });
      await onAccepted();
    },
    onError: (err) => notifyError(err, 'The AI terms were not accepted'),
  });
  return (
    <Alert color="grape" variant="light" icon={<IconShieldCheck size={18} />} title={title}>
      <Text size="sm" mb="xs">
        CoPilot uses AI Tools, which you may use once you have accepted the AI terms of use (Settings → AI
        shows them in full).
      </Text>
      <Group>
        <Button size="xs" color="grape" onClick={() => accept.mutate()} loading={accept.isPending}>
          Accept the AI terms
        </Button>
      </Group>
    </Alert>
  );
}
