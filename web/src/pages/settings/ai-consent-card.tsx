import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconWorld } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';
import { QueryError } from '../../components/query-error';

type ConsentStatus = {
  terms: { version: number; text: string; acceptedVersion: number };
  disclosures: {
    technologyId: string;
    name: string;
    region: string;
    providerTermsAccepted: boolean;
    acknowledged: boolean;
    text: string;
  }[];
};

/** The AI terms to accept before first use, and where each external technology processes requests. */
export function AiConsentCard() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: ['ai', 'consent'], queryFn: () => get<ConsentStatus>('/ai/consent') });
  const refresh = () => qc.invalidateQueries({ queryKey: ['ai', 'consent'] });
  const accept = useMutation({
    mutationFn: (version: number) => post('/ai/consent/terms', { version }),
    onSuccess: refresh,
  });
  const acknowledge = useMutation({
    mutationFn: (technologyId: string) => post('/ai/consent/disclosures', { technologyId }),
    onSuccess: refresh,
  });
  if (status.isError) return <QueryError error={status.error} onRetry={() => status.refetch()} />;
  const s = status.data;
  if (!s) return null;
  const accepted = s.terms.acceptedVersion >= s.terms.version;
  return (
    <Paper p="lg" maw={720} withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>AI terms of use</Title>
          {accepted ? (
            <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} />}>
              Accepted (version {s.terms.version})
            </Badge>
          ) : (
            <Badge color="orange" variant="light">
              {s.terms.acceptedVersion ? 'New version to accept' : 'Not accepted yet'}
            </Badge>
          )}
        </Group>
        {!accepted && (
          <>
            <ScrollArea.Autosize mah={220} type="auto">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {s.terms.text}
              </Text>
            </ScrollArea.Autosize>
            <Group>
              <Button onClick={() => accept.mutate(s.terms.version)} loading={accept.isPending}>
                Accept the AI terms
              </Button>
              <Text size="xs" c="dimmed">
                Needed before your first AI request; recorded in the audit ledger.
              </Text>
            </Group>
          </>
        )}
        {s.disclosures.length > 0 && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              Where your requests go
            </Text>
            {s.disclosures.map((d) => (
              <Alert
                key={d.technologyId}
                variant="light"
                color={d.acknowledged ? 'gray' : 'blue'}
                icon={<IconWorld size={18} />}
                title={`${d.name}${d.region ? ` · ${d.region}` : ''}`}
              >
                <Stack gap={6}>
                  <Text size="sm">{d.text}</Text>
                  {!d.providerTermsAccepted && (
                    <Text size="sm" c="orange.8">
                      An administrator has not accepted this provider's terms yet; it cannot be used until
                      then.
                    </Text>
                  )}
                  {d.acknowledged ? (
                    <Text size="sm" c="dimmed">
                      Acknowledged
                    </Text>
                  ) : (
                    <Group>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => acknowledge.mutate(d.technologyId)}
                        loading={acknowledge.isPending && acknowledge.variables === d.technologyId}
                      >
                        Acknowledge for {d.name}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Alert>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
