import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileText, IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { del, get, post } from '../../api/client';
import { keys } from '../../api/queries';
import type { Call, Transcription } from '../../api/types';
import { notifyError } from '../../lib/form-errors';
import { formatDuration } from '../../lib/format';

const ACTIVE = new Set(['queued', 'running']);
export const transcriptionKey = (callId: string) => ['calls', callId, 'transcription'] as const;

/** A recording this fresh may still be on its way to the transcription queue (its event is delivered after the upload). */
const JUST_UPLOADED_MS = 30_000;

/** The call's transcription, polled every second while it runs (or is about to start). */
export function useTranscription(call: Call) {
  return useQuery({
    queryKey: transcriptionKey(call.id),
    queryFn: () =>
      get<{ transcription: Transcription | null }>(`/calls/${call.id}/transcription`).then(
        (r) => r.transcription,
      ),
    refetchInterval: (q) => {
      const t = q.state.data;
      if (t && ACTIVE.has(t.status)) return 1000;
      const fresh = call.hasRecording && Date.now() - new Date(call.updatedAt).getTime() < JUST_UPLOADED_MS;
      return fresh && (!t || new Date(t.createdAt) < new Date(call.updatedAt)) ? 1000 : false;
    },
  });
}

/**
 * Where the transcription of the recording stands: queued, its stage and progress while it runs
 * (with a stop button), why it failed (with a retry), the warnings of a finished one, or a button to
 * start one. When it finishes, the call (with its transcript) and CoPilot's hints are read again.
 */
export function TranscriptionStatus({ call }: { call: Call }) {
  const client = useQueryClient();
  const job = useTranscription(call);
  const t = job.data;
  // A job that finished after the call was last read put a transcript on it: read the call again.
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (t?.status !== 'done' || !t.finishedAt || seen.current === t.id) return;
    seen.current = t.id;
    if (new Date(t.finishedAt) > new Date(call.updatedAt)) {
      void client.invalidateQueries({ queryKey: keys.one('calls', call.id) });
      void client.invalidateQueries({ queryKey: ['copilot'] });
    }
  }, [t, client, call.id, call.updatedAt]);

  const start = useMutation({
    mutationFn: () => post<Transcription>(`/calls/${call.id}/transcription`),
    onSuccess: (saved) => client.setQueryData(transcriptionKey(call.id), saved),
    onError: (err) => notifyError(err, 'The transcription did not start'),
  });
  const stop = useMutation({
    mutationFn: () => del(`/calls/${call.id}/transcription`),
    onSuccess: () => client.invalidateQueries({ queryKey: transcriptionKey(call.id) }),
    onError: (err) => notifyError(err, 'The transcription was not stopped'),
  });

  if (!call.hasRecording || job.isPending) return null;
  if (!t || t.status === 'cancelled')
    return (
      <Group justify="space-between" mt="sm" data-testid="transcription-status">
        <Text size="sm" c="dimmed">
          {t?.error?.code === 'superseded' || !t
            ? 'This recording has not been transcribed.'
            : `The transcription was stopped: ${t.error?.message ?? ''}`}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconFileText size={14} />}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          Transcribe
        </Button>
      </Group>
    );
  if (ACTIVE.has(t.status)) {
    const percent = Math.round(t.progress * 100);
    const waiting = t.status === 'queued';
    return (
      <Stack gap={6} mt="sm" data-testid="transcription-status" aria-live="polite">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>
            {waiting
              ? t.retryAt
                ? `Waiting to try again (${t.error?.message ?? 'the last attempt failed'})`
                : 'Transcription queued…'
              : `Transcribing: ${t.stage}${t.chunksTotal ? ` · part ${Math.min(t.chunksDone + 1, t.chunksTotal)} of ${t.chunksTotal}` : ''}`}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            leftSection={<IconPlayerStop size={12} />}
            loading={stop.isPending}
            onClick={() => stop.mutate()}
          >
            Stop
          </Button>
        </Group>
        <Progress
          value={waiting ? 0 : Math.max(percent, 3)}
          striped
          animated={!waiting}
          aria-label="Transcription progress"
        />
        <Text size="xs" c="dimmed">
          {percent}% {t.durationSec ? `of ${formatDuration(Math.round(t.durationSec))} of audio` : ''} · you
          can leave this page; the transcript appears when it is ready.
        </Text>
      </Stack>
    );
  }
  if (t.status === 'failed')
    return (
      <Alert
        mt="sm"
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title="The recording could not be transcribed"
        data-testid="transcription-status"
      >
        <Stack gap="xs">
          <Text size="sm">
            {t.error?.message}{' '}
            <Text span c="dimmed" size="xs">
              ({t.error?.code})
            </Text>
          </Text>
          <Group>
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconRefresh size={14} />}
              loading={start.isPending}
              onClick={() => start.mutate()}
            >
              Try again
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  return (
    <Stack gap={6} mt="sm" data-testid="transcription-status">
      {t.warnings.map((w) => (
        <Alert key={w} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{w}</Text>
        </Alert>
      ))}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          Transcribed {t.durationSec ? `${formatDuration(Math.round(t.durationSec))} of audio ` : ''}
          {t.technologyId ? `with ${t.technologyId === 'local' ? 'the offline engine' : t.technologyId}` : ''}
          .
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconRefresh size={12} />}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          Transcribe again
        </Button>
      </Group>
    </Stack>
  );
}
