import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { IconMicrophone, IconPlayerStopFilled } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { formatDuration } from '../../lib/format';

const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];

export const canRecord = () =>
  typeof window !== 'undefined' &&
  !!navigator.mediaDevices?.getUserMedia &&
  typeof MediaRecorder !== 'undefined';

/**
 * Records a call or meeting from the microphone (MediaRecorder) once the user confirms that every
 * participant agreed; the finished recording is handed to `onRecorded`, which uploads it.
 */
export function BrowserRecorder({
  consentGiven,
  onConsent,
  onRecorded,
  uploading,
}: {
  consentGiven: boolean;
  /** Records the participants' consent on the call before recording starts. */
  onConsent: () => Promise<unknown>;
  onRecorded: (file: File) => void;
  uploading: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ recorder: MediaRecorder; started: number } | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const stream = useRef<MediaStream | null>(null);

  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => setElapsed((Date.now() - recording.started) / 1000), 500);
    return () => clearInterval(timer);
  }, [recording]);
  // Leaving the page stops the microphone.
  useEffect(
    () => () => {
      for (const t of stream.current?.getTracks() ?? []) t.stop();
    },
    [],
  );

  const start = async () => {
    setError(null);
    try {
      if (!consentGiven) await onConsent();
      const media = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.current = media;
      const mimeType = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
      const recorder = new MediaRecorder(media, mimeType ? { mimeType } : undefined);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => {
        if (e.data.size) chunks.push(e.data);
      };
      recorder.onstop = () => {
        for (const t of media.getTracks()) t.stop();
        const type = recorder.mimeType.split(';')[0] || 'audio/webm';
        const ext = type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm';
        onRecorded(new File(chunks, `recording.${ext}`, { type }));
        setRecording(null);
      };
      recorder.start(1000);
      setElapsed(0);
      setRecording({ recorder, started: Date.now() });
      setAsking(false);
    } catch (err) {
      setError(
        isApiError(err)
          ? err.message
          : (err as Error).name === 'NotAllowedError'
            ? 'The browser was not allowed to use the microphone. Allow it in the site settings and try again.'
            : `The microphone could not be opened: ${(err as Error).message}`,
      );
    }
  };

  if (!canRecord()) return null;
  return (
    <>
      {recording ? (
        <Group gap="sm" data-testid="recording-live">
          <Text size="sm" c="red" fw={600} className="num" aria-live="polite">
            ● Recording {formatDuration(elapsed)}
          </Text>
          <Button
            color="red"
            size="xs"
            leftSection={<IconPlayerStopFilled size={14} />}
            onClick={() => recording.recorder.stop()}
          >
            Stop and upload
          </Button>
        </Group>
      ) : (
        <Button
          variant="light"
          leftSection={<IconMicrophone size={16} />}
          loading={uploading}
          onClick={() => {
            setConfirmed(consentGiven);
            setAsking(true);
          }}
        >
          Record in browser
        </Button>
      )}
      <Modal opened={asking} onClose={() => setAsking(false)} title="Record this call" centered>
        <Stack>
          <Text size="sm">
            Cohelm records from this computer's microphone. The recording is stored with the call and
            transcribed; it is never shared outside the people who can see this call.
          </Text>
          <Checkbox
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
            label="Every participant has agreed to be recorded"
          />
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              Cancel
            </Button>
            <Button disabled={!confirmed} leftSection={<IconMicrophone size={16} />} onClick={start}>
              Start recording
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
