import { Badge, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, put } from '../../api/client';
import { QueryError } from '../../components/query-error';
import { aiKeys, type MyChoice, SURFACE_LABELS } from '../ai/ai-types';

/** Each user picks, per surface, one of the AI technologies the admins allowed. */
export function MyAiPanel() {
  const qc = useQueryClient();
  const choices = useQuery({
    queryKey: aiKeys.myChoices,
    queryFn: () => get<{ items: MyChoice[] }>('/ai/my-choices').then((r) => r.items),
  });
  const choose = useMutation({
    mutationFn: ({ surface, technologyId }: { surface: string; technologyId: string | null }) =>
      put<MyChoice>(`/ai/my-choices/${surface}`, { technologyId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: aiKeys.myChoices }),
    onError: (e) =>
      notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : 'Could not save' }),
  });
  if (choices.isError) return <QueryError error={choices.error} onRetry={() => choices.refetch()} />;
  return (
    <Paper p="lg" maw={720}>
      <Stack>
        <Text size="sm" c="dimmed">
          Choose which AI technology works for you on each surface. Your administrators decide which ones you
          may choose.
        </Text>
        <Table>
          <Table.Tbody>
            {(choices.data ?? []).map((c) => {
              const def = c.allowed.find((a) => a.id === c.defaultTechnologyId);
              return (
                <Table.Tr key={c.surface}>
                  <Table.Td w={140}>
                    <Text fw={600} size="sm">
                      {SURFACE_LABELS[c.surface]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.enabled ? (
                      <Select
                        aria-label={`AI technology for ${SURFACE_LABELS[c.surface]}`}
                        data={[
                          { value: '', label: `Default${def ? ` (${def.name})` : ''}` },
                          ...c.allowed.map((a) => ({
                            value: a.id,
                            label: `${a.name}${a.region ? ` · ${a.region}` : ''}`,
                          })),
                        ]}
                        value={c.chosenTechnologyId ?? ''}
                        allowDeselect={false}
                        disabled={c.allowed.length < 2}
                        onChange={(v) => choose.mutate({ surface: c.surface, technologyId: v || null })}
                      />
                    ) : (
                      <Badge color="gray">AI is off here</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
