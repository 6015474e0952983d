import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { get } from '../../api/client';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { aiKeys, type SurfaceSettings, type Technology } from './ai-types';
import { ConnectTechnologyModal } from './connect-technology-modal';
import { EditTechnologyModal } from './edit-technology-modal';
import { SpeechEnginesPanel } from './speech-engines';
import { SurfaceSettingsTable } from './surface-settings-table';
import { TechnologyCard } from './technology-card';

/** Admin console: the account's AI technologies, their health and terms, and where each is used. */
export function AiTechnologiesPage() {
  const [connecting, setConnecting] = useState(false);
  const [editing, setEditing] = useState<Technology | null>(null);
  const techs = useQuery({
    queryKey: aiKeys.technologies,
    queryFn: () => get<{ items: Technology[] }>('/ai/technologies').then((r) => r.items),
    refetchInterval: 10_000,
  });
  const surfaces = useQuery({
    queryKey: aiKeys.surfaces,
    queryFn: () => get<{ items: SurfaceSettings[] }>('/ai/surfaces').then((r) => r.items),
  });
  const connected = (techs.data ?? []).filter((t) => !t.builtIn);
  return (
    <>
      <PageHeader
        title="AI technologies"
        description="Which AI providers may see your data, where they process it, and how they are doing."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setConnecting(true)}>
            Connect AI technology
          </Button>
        }
      />
      {techs.isError && <QueryError error={techs.error} onRetry={() => techs.refetch()} />}
      <Stack gap="sm">
        {techs.isPending && <Skeleton h={120} radius="md" />}
        {techs.data?.map((t) => (
          <TechnologyCard key={t.id} t={t} onEdit={setEditing} />
        ))}
        {techs.data && connected.length === 0 && (
          <Alert
            variant="light"
            icon={<IconInfoCircle />}
            title="Only the built-in offline engine is connected"
          >
            Cohelm already transcribes and summarises calls, finds action items and extracts deal facts with
            no provider and no key. Connect OpenAI, Anthropic or your own model server (Ollama, vLLM,
            llama.cpp) for chat and drafted text.
          </Alert>
        )}
      </Stack>
      <Paper p="md" mt="xl" withBorder>
        <Title order={4} mb={4}>
          Where AI is used
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Per surface: the default technology, the ones users may pick for themselves, and what Cohelm tries
          when the default fails.
        </Text>
        {surfaces.isError && <QueryError error={surfaces.error} onRetry={() => surfaces.refetch()} />}
        {surfaces.data && techs.data && (
          <SurfaceSettingsTable surfaces={surfaces.data} technologies={techs.data} />
        )}
      </Paper>
      <SpeechEnginesPanel />
      <ConnectTechnologyModal opened={connecting} onClose={() => setConnecting(false)} />
      <EditTechnologyModal t={editing} onClose={() => setEditing(null)} />
    </>
  );
}
