import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, get, post } from '../../api/client';

type Terms = { version: number; text: string };

/** The AI terms users accept, and publishing a new version (everyone accepts it again). */
export function TermsPanel() {
  const qc = useQueryClient();
  const terms = useQuery({ queryKey: ['ai', 'terms'], queryFn: () => get<Terms>('/ai/terms') });
  const [draft, setDraft] = useState<string | null>(null);
  const publish = useMutation({
    mutationFn: (text: string) => post<Terms>('/ai/terms', { text }),
    onSuccess: (t) => {
      setDraft(null);
      qc.invalidateQueries({ queryKey: ['ai'] });
      notifications.show({
        color: 'green',
        message: `Version ${t.version} published; every user accepts it before their next AI request.`,
      });
    },
    onError: (e) =>
      notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : 'Could not publish' }),
  });
  if (!terms.data) return null;
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={5}>AI terms of use · version {terms.data.version}</Title>
          {draft === null && (
            <Button variant="default" onClick={() => setDraft(terms.data.text)}>
              Write a new version
            </Button>
          )}
        </Group>
        {draft === null ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {terms.data.text}
          </Text>
        ) : (
          <>
            <Alert color="orange">
              Publishing asks every user of the account to accept the new text before their next AI request.
            </Alert>
            <Textarea
              autosize
              minRows={8}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              aria-label="New terms"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                Cancel
              </Button>
              <Button
                onClick={() => publish.mutate(draft)}
                loading={publish.isPending}
                disabled={draft.trim().length < 20}
              >
                Publish version {terms.data.version + 1}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
