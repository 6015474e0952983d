import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlugConnected,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, patch, post } from '../../api/client';
import { TimeAgo } from '../../components/time-ago';
import { type Health, KIND_LABELS, type Technology, type TestResult } from './ai-types';

const ms = (v: number | null) =>
  v === null ? '—' : v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(1)} s`;

function HealthView({ h }: { h: Health }) {
  const errorPct = Math.round(h.errorRate * 100);
  const breaker = {
    closed: ['teal', 'Healthy'],
    'half-open': ['yellow', 'Probing'],
    open: ['red', 'Failing — skipped'],
  }[h.breaker];
  return (
    <Group gap="lg" wrap="nowrap" align="center">
      <Tooltip label={`${errorPct}% of the last requests failed`}>
        <RingProgress
          size={64}
          thickness={7}
          roundCaps
          sections={
            h.requests
              ? [
                  { value: 100 - errorPct, color: 'teal' },
                  { value: errorPct, color: 'red' },
                ]
              : []
          }
          label={
            <Text ta="center" size="xs" fw={600}>
              {h.requests ? `${100 - errorPct}%` : '—'}
            </Text>
          }
        />
      </Tooltip>
      <SimpleGrid cols={3} spacing="md" verticalSpacing={2}>
        <Text size="xs" c="dimmed">
          Requests
        </Text>
        <Text size="xs" c="dimmed">
          Latency p50 / p95
        </Text>
        <Text size="xs" c="dimmed">
          Circuit
        </Text>
        <Text size="sm" fw={600}>
          {h.requests}
        </Text>
        <Text size="sm" fw={600}>
          {ms(h.latencyP50Ms)} / {ms(h.latencyP95Ms)}
        </Text>
        <Badge color={breaker[0]} variant="light" size="sm">
          {breaker[1]}
        </Badge>
      </SimpleGrid>
    </Group>
  );
}

/** One technology: what it is, where data goes, whose terms acceptance, how it is doing. */
export function TechnologyCard({ t, onEdit }: { t: Technology; onEdit: (t: Technology) => void }) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['ai'] });
  const test = useMutation({
    mutationFn: () => post<TestResult>(`/ai/technologies/${t.id}/test`, {}),
    onSuccess: (r) => {
      refresh();
      notifications.show(
        r.ok
          ? { color: 'green', message: `${t.name} answered in ${r.latencyMs} ms.` }
          : { color: 'red', title: `${t.name} failed its test`, message: `${r.message} (${r.code})` },
      );
    },
  });
  const toggle = useMutation({
    mutationFn: (status: 'active' | 'disabled') => patch<Technology>(`/ai/technologies/${t.id}`, { status }),
    onSuccess: refresh,
    onError: (e) =>
      notifications.show({
        color: 'red',
        message: e instanceof ApiError ? e.message : 'Could not change it',
      }),
  });
  const accept = useMutation({
    mutationFn: () => patch<Technology>(`/ai/technologies/${t.id}`, { termsAccepted: true }),
    onSuccess: refresh,
  });
  const last = t.lastTest;
  return (
    <Paper
      p="md"
      withBorder
      data-testid={`technology-${t.builtIn ? 'local' : t.name}`}
      opacity={t.status === 'disabled' ? 0.65 : 1}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Group gap="xs">
              <Text fw={650}>{t.name}</Text>
              <Badge variant="light" color={t.builtIn ? 'grape' : 'blue'}>
                {KIND_LABELS[t.kind]}
              </Badge>
              {t.status === 'disabled' && <Badge color="gray">Disabled</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {t.builtIn
                ? 'Summaries, action items, entities and more, extracted offline. Writes no free text.'
                : `${t.baseUrl ?? ''}${t.defaultModel ? ` · ${t.defaultModel}` : ''}${t.models.length > 1 ? ` (+${t.models.length - 1} models)` : ''}`}
            </Text>
          </Stack>
          {!t.builtIn && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPlugConnected size={14} />}
                loading={test.isPending}
                onClick={() => test.mutate()}
              >
                Test
              </Button>
              <Button size="xs" variant="default" onClick={() => onEdit(t)}>
                Edit
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color={t.status === 'active' ? 'red' : 'teal'}
                leftSection={
                  t.status === 'active' ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />
                }
                loading={toggle.isPending}
                onClick={() => toggle.mutate(t.status === 'active' ? 'disabled' : 'active')}
              >
                {t.status === 'active' ? 'Disable' : 'Enable'}
              </Button>
            </Group>
          )}
        </Group>
        <Group gap="xl" align="flex-start" wrap="wrap">
          <Stack gap={2} miw={180}>
            <Text size="xs" c="dimmed">
              Data region
            </Text>
            <Text size="sm">{t.region || 'Not stated'}</Text>
          </Stack>
          <Stack gap={2} miw={220}>
            <Text size="xs" c="dimmed">
              Provider terms
            </Text>
            {t.builtIn ? (
              <Text size="sm">None: no data leaves this server</Text>
            ) : t.termsAcceptedAt ? (
              <Group gap={4}>
                <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
                <Text size="sm">
                  Accepted by {t.termsAcceptedBy?.name ?? 'a former user'}{' '}
                  <TimeAgo value={t.termsAcceptedAt} />
                </Text>
              </Group>
            ) : (
              <Group gap={6}>
                <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />
                <Text size="sm" c="orange.8">
                  Not accepted
                </Text>
                {t.termsUrl && (
                  <Anchor size="sm" href={t.termsUrl} target="_blank" rel="noreferrer">
                    Read
                  </Anchor>
                )}
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => accept.mutate()}
                  loading={accept.isPending}
                >
                  Accept
                </Button>
              </Group>
            )}
          </Stack>
          {!t.builtIn && (
            <Stack gap={2} miw={200}>
              <Text size="xs" c="dimmed">
                Last test
              </Text>
              {last ? (
                <Text size="sm" c={last.ok ? undefined : 'red'}>
                  {last.ok ? `Passed in ${last.latencyMs} ms` : `${last.message} (${last.code})`} ·{' '}
                  <TimeAgo value={last.at} />
                </Text>
              ) : (
                <Text size="sm">Never</Text>
              )}
            </Stack>
          )}
          {t.health && <HealthView h={t.health} />}
        </Group>
        {t.health?.lastError && (
          <Text size="xs" c="red.7">
            Last error <TimeAgo value={t.health.lastError.at} />: {t.health.lastError.message} (
            {t.health.lastError.code})
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
