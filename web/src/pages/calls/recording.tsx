import { Alert, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconShieldLock, IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { api, del } from '../../api/client';
import { useUpdate } from '../../api/mutations';
import { keys } from '../../api/queries';
import type { Call } from '../../api/types';
import { Section } from '../../components/section';
import { notifyError } from '../../lib/form-errors';
import { formatBytes } from '../../lib/format';
import { BrowserRecorder } from './browser-recorder';
import { TranscriptionStatus, transcriptionKey } from './transcription-status';

const ACCEPT =
  'audio/wav,audio/x-wav,audio/mpeg,audio/ogg,audio/opus,audio/webm,audio/mp4,audio/x-m4a,audio/flac,.wav,.mp3,.ogg,.opus,.webm,.m4a,.flac';

export function Recording({ call, audioRef }: { call: Call; audioRef: RefObject<HTMLAudioElement | null> }) {
  const client = useQueryClient();
  const done = (saved?: Call) => {
    if (saved) client.setQueryData(keys.one('calls', saved.id), saved);
    return client.invalidateQueries({ queryKey: ['calls'] });
  };
  const update = useUpdate<Call>('calls');
  const upload = useMutation({
    mutationFn: (file: File) => api<Call>('PUT', `/calls/${call.id}/recording`, { raw: file }),
    onSuccess: (saved) => {
      // The upload starts its transcription.
      void client.invalidateQueries({ queryKey: transcriptionKey(call.id) });
      return done(saved);
    },
    onError: (err) => notifyError(err, 'The recording was not uploaded'),
  });
  const recorder = (
    <BrowserRecorder
      consentGiven={call.recordingConsent}
      onConsent={() => update.mutateAsync({ record: call, changes: { recordingConsent: true } })}
      onRecorded={(file) => upload.mutate(file)}
      uploading={upload.isPending}
    />
  );
  const remove = useMutation({
    mutationFn: () => del(`/calls/${call.id}/recording`),
    onSuccess: () => done(),
    onError: (err) => notifyError(err, 'The recording was not deleted'),
  });
  return (
    <Section
      title="Recording"
      actions={
        call.hasRecording && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            Delete recording
          </Button>
        )
      }
    >
      {call.hasRecording ? (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: the transcript below is the caption */}
          <audio
            key={call.version}
            ref={audioRef}
            controls
            preload="metadata"
            src={`/api/calls/${call.id}/recording`}
            style={{ width: '100%' }}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {call.recordingMime} · {formatBytes(call.recordingBytes)}
          </Text>
          <TranscriptionStatus call={call} />
        </>
      ) : (
        // One tree for both consent states: confirming consent while starting a recording must not
        // remount the recorder (it would lose the recording it just started).
        <Stack gap="sm">
          {call.recordingConsent ? (
            <Text size="sm" c="dimmed">
              No recording yet. Record it here, or upload the audio file of this call (WAV, MP3, OGG, WebM,
              M4A or FLAC).
            </Text>
          ) : (
            <Alert variant="light" color="gray" icon={<IconShieldLock size={18} />}>
              A recording can be stored only when every party agreed to it. Turn on “Recording consent” in
              Details once they have, or confirm it when you start recording here.
            </Alert>
          )}
          <Group gap="xs">
            {recorder}
            {call.recordingConsent && (
              <FileButton onChange={(file) => file && upload.mutate(file)} accept={ACCEPT}>
                {(props) => (
                  <Button
                    {...props}
                    variant="light"
                    leftSection={<IconUpload size={16} />}
                    loading={upload.isPending}
                  >
                    Upload recording
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
        </Stack>
      )}
    </Section>
  );
}
