import { Alert, Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import { QueryError } from '../../components/query-error';
import { formatDateTime } from '../../lib/format';

type EngineFigures = {
  engine: string;
  /** synthetic: espeak-ng sales-call lines; real: openly licensed human recordings. */
  set: string;
  technologyKind: string;
  settings: string;
  files: number;
  audioSec: number;
  wer: number;
  rtf: number;
  goalRtf: number;
  met: boolean;
};
type SpeechEngines = {
  offline: { available: boolean; version?: string; reason?: string; install: string };
  decoder: { available: boolean; version: string | null; install: string };
  bench: {
    at: string;
    engines: EngineFigures[];
  } | null;
};

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function Tool({
  name,
  ok,
  version,
  install,
  why,
}: {
  name: string;
  ok: boolean;
  version?: string | null;
  install: string;
  why: string;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {why}
        </Text>
        {!ok && (
          <Text size="xs">
            Install it on the server with <Code>{install}</Code>, then restart Cohelm.
          </Text>
        )}
      </Stack>
      <Badge color={ok ? 'teal' : 'red'} variant="light" style={{ flexShrink: 0 }}>
        {ok ? `Installed${version ? ` · ${version}` : ''}` : 'Missing'}
      </Badge>
    </Group>
  );
}

/**
 * Speech on this server: whether the offline engine and the audio decoder are installed (and how to
 * install them), and how well each engine transcribes, as measured by `npm run bench speech`.
 */
export function SpeechEnginesPanel() {
  const engines = useQuery({
    queryKey: ['speech', 'engines'],
    queryFn: () => get<SpeechEngines>('/speech/engines'),
  });
  const d = engines.data;
  return (
    <Paper p="md" mt="xl" withBorder data-testid="speech-engines">
      <Group gap={6} mb={4}>
        <IconMicrophone size={18} />
        <Title order={4}>Speech to text</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Call recordings are transcribed by the technology set for calls: the built-in offline engine, or a
        connected server with a transcription model (OpenAI, or a Whisper server speaking its protocol).
      </Text>
      {engines.isError && <QueryError error={engines.error} onRetry={() => engines.refetch()} />}
      {d && (
        <Stack gap="md">
          <Tool
            name="Offline engine (CMU PocketSphinx)"
            ok={d.offline.available}
            version={d.offline.version}
            install={d.offline.install}
            why="Transcribes on this server, with no key and nothing sent anywhere. English."
          />
          <Tool
            name="Audio decoder (FFmpeg)"
            ok={d.decoder.available}
            version={d.decoder.version}
            install={d.decoder.install}
            why="Reads WAV, MP3, OGG/Opus, WebM and M4A recordings and splits stereo calls into agent and customer."
          />
          {d.bench ? (
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                Measured quality and speed
              </Text>
              <Table withTableBorder fz="sm" data-testid="speech-bench">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Engine</Table.Th>
                    <Table.Th>Recordings</Table.Th>
                    <Table.Th ta="right">Word error rate</Table.Th>
                    <Table.Th ta="right">Real-time factor</Table.Th>
                    <Table.Th ta="right">Audio</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.bench.engines.map((e) => (
                    <Table.Tr key={`${e.engine}:${e.set}`}>
                      <Table.Td>
                        {e.engine}
                        <Text size="xs" c="dimmed">
                          {e.settings}
                        </Text>
                      </Table.Td>
                      <Table.Td>{e.set === 'real' ? 'Human speech' : 'Synthesised sales calls'}</Table.Td>
                      <Table.Td ta="right" className="num">
                        {pct(e.wer)}
                      </Table.Td>
                      <Table.Td ta="right" className="num">
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {e.rtf.toFixed(2)}
                          <Badge size="xs" variant="light" color={e.met ? 'teal' : 'orange'}>
                            goal ≤ {e.goalRtf}
                          </Badge>
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right" className="num">
                        {e.files} files · {Math.round(e.audioSec)} s
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed">
                Word error rate: share of words wrong, missing or extra (lower is better), on sales-call lines
                synthesised with espeak-ng and on openly licensed recordings of human speech. Real-time
                factor: processing time per second of audio on one core (0.5 = twice as fast as the call).
                Measured {formatDateTime(d.bench.at)}.
              </Text>
            </Stack>
          ) : (
            <Alert variant="light" color="gray">
              No measurements yet. Run <Code>npm run bench speech</Code> on this server to see each engine's
              word error rate and speed here.
            </Alert>
          )}
        </Stack>
      )}
    </Paper>
  );
}
