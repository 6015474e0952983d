import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, get, put } from '../../api/client';
import { QueryError } from '../../components/query-error';
import type { Technology } from '../ai/ai-types';
import { PII_LABELS, PII_TYPES, type Policy } from './governance-types';

/** Account-wide AI switch, personal-data masking, country blocks and the reduced-performance mode. */
export function PolicyPanel({ technologies }: { technologies: Technology[] }) {
  const qc = useQueryClient();
  const policy = useQuery({ queryKey: ['ai', 'policy'], queryFn: () => get<Policy>('/ai/policy') });
  const [draft, setDraft] = useState<Policy | null>(null);
  useEffect(() => setDraft(policy.data ?? null), [policy.data]);
  const save = useMutation({
    mutationFn: (p: Policy) => put<Policy>('/ai/policy', { ...p, version: p.version || undefined }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['ai'] });
      notifications.show({ color: 'green', message: 'AI policy saved and recorded in the audit ledger.' });
    },
    onError: (e) =>
      notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : 'Could not save' }),
  });
  if (policy.isError) return <QueryError error={policy.error} onRetry={() => policy.refetch()} />;
  if (!draft) return null;
  const remote = technologies.filter((t) => !t.builtIn);
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <Switch
          size="md"
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })}
          label="AI Tools are on for this account"
          description="Off: every AI request is refused, for everyone, on every surface."
        />
        {!draft.enabled && <Alert color="orange">AI Tools are off for the whole account.</Alert>}
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Personal data masked before anything leaves for an external technology
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            {PII_TYPES.map((t) => (
              <Checkbox
                key={t}
                label={PII_LABELS[t]}
                checked={draft.maskTypes.includes(t)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    maskTypes: e.currentTarget.checked
                      ? [...draft.maskTypes, t]
                      : draft.maskTypes.filter((x) => x !== t),
                  })
                }
              />
            ))}
          </SimpleGrid>
        </Stack>
        <Checkbox.Group
          label="Technologies unavailable in your country"
          description="They are never used for this account, whatever the surface settings say."
          value={draft.blockedTechnologyIds}
          onChange={(v) => setDraft({ ...draft, blockedTechnologyIds: v })}
        >
          <Group mt="xs">
            {remote.length ? (
              remote.map((t) => <Checkbox key={t.id} value={t.id} label={t.name} />)
            ) : (
              <Text size="sm" c="dimmed">
                No external technology is connected.
              </Text>
            )}
          </Group>
        </Checkbox.Group>
        <Group align="flex-end">
          <Select
            label="Reduced performance near the hourly limit"
            description="Route to a cheaper technology instead of refusing"
            data={[
              { value: '', label: 'Off: refuse at the limit' },
              ...technologies.map((t) => ({ value: t.id, label: t.name })),
            ]}
            value={draft.reducedPerformance?.technologyId ?? ''}
            allowDeselect={false}
            onChange={(v) =>
              setDraft({
                ...draft,
                reducedPerformance: v
                  ? { technologyId: v, thresholdPct: draft.reducedPerformance?.thresholdPct ?? 80 }
                  : null,
              })
            }
            w={320}
          />
          {draft.reducedPerformance && (
            <NumberInput
              label="From"
              suffix="% of the hourly limit"
              min={1}
              max={100}
              value={draft.reducedPerformance.thresholdPct}
              onChange={(v) =>
                draft.reducedPerformance &&
                setDraft({
                  ...draft,
                  reducedPerformance: { ...draft.reducedPerformance, thresholdPct: Number(v) || 80 },
                })
              }
              w={220}
            />
          )}
        </Group>
        <Switch
          checked={draft.dataUseOptIn}
          onChange={(e) => setDraft({ ...draft, dataUseOptIn: e.currentTarget.checked })}
          label="Keep interaction data to improve pre-prompts and models"
          description="Off by default. Only opted-in, de-identified interactions are ever exported."
        />
        <Group justify="flex-end">
          <Button
            onClick={() => save.mutate(draft)}
            loading={save.isPending}
            disabled={JSON.stringify(draft) === JSON.stringify(policy.data)}
          >
            Save policy
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
