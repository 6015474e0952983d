import { Alert, Badge, Button, Group, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconSparkles } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { post, put } from '../../api/client';
import { keys, useUsers } from '../../api/queries';
import type { Call, TranscriptSegment } from '../../api/types';
import { AiLabel } from '../../copilot/ai-badge';
import { notifyError } from '../../lib/form-errors';
import { formatDateTime, formatDuration } from '../../lib/format';
import { SPEAKER_COLORS } from './call-insights';

/** The transcript by speaker; a timestamp jumps the player to that moment. Editable, segment by segment. */
export function Transcript({ call, audioRef }: { call: Call; audioRef: RefObject<HTMLAudioElement | null> }) {
  const client = useQueryClient();
  const { nameOf } = useUsers();
  const segments = call.transcriptSegments ?? [];
  const speakers = [...new Set(segments.map((s) => s.speaker))];
  const [draft, setDraft] = useState<TranscriptSegment[] | null>(null);
  const [offer, setOffer] = useState(false);
  const seek = (seconds: number) => {
    const el = audioRef.current;
    if (!el) return;
    el.currentTime = seconds;
    void el.play().catch(() => {});
  };
  const save = useMutation({
    mutationFn: (edited: TranscriptSegment[]) =>
      put<Call>(`/calls/${call.id}/transcript`, {
        text: edited.map((s) => `${s.speaker}: ${s.text}`).join('\n'),
        segments: edited,
      }),
    onSuccess: (saved) => {
      client.setQueryData(keys.one('calls', saved.id), saved);
      setDraft(null);
      setOffer(true);
    },
    onError: (err) => notifyError(err, 'The transcript was not saved'),
  });
  const rerun = useMutation({
    mutationFn: async () => {
      await post(`/copilot/hints/call/${call.id}/call_summary/refresh`);
      if (call.dealId)
        await post('/copilot/autofill', { dealId: call.dealId, source: { type: 'call', id: call.id } });
    },
    onSuccess: () => {
      setOffer(false);
      void client.invalidateQueries({ queryKey: ['copilot'] });
      notifications.show({
        color: 'teal',
        message: call.dealId
          ? 'CoPilot is updating the summary; the deal changes it found are waiting for your review.'
          : 'CoPilot is updating the summary.',
      });
    },
    onError: (err) => notifyError(err, 'CoPilot could not read the transcript again'),
  });

  if (draft)
    return (
      <Stack gap="sm" data-testid="transcript-editor">
        {draft.map((s, i) => (
          <Textarea
            // biome-ignore lint/suspicious/noArrayIndexKey: segments keep their order while edited
            key={i}
            label={`${s.speaker} · ${formatDuration(s.start)}`}
            autosize
            minRows={1}
            value={s.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setDraft((d) => d && d.map((x, j) => (j === i ? { ...x, text } : x)));
            }}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDraft(null)}>
            Cancel
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate(draft.filter((s) => s.text.trim()))}>
            Save transcript
          </Button>
        </Group>
      </Stack>
    );

  const origin = call.transcriptOrigin;
  return (
    <Stack gap="sm" id="transcript">
      {offer && (
        <Alert color="grape" variant="light" icon={<IconSparkles size={18} />} title="Transcript saved">
          <Stack gap="xs">
            <Text size="sm">
              CoPilot read the old text. Read the corrected transcript again for the summary
              {call.dealId ? ' and the deal fields' : ''}?
            </Text>
            <Group>
              <Button
                size="xs"
                color="grape"
                leftSection={<IconSparkles size={14} />}
                loading={rerun.isPending}
                onClick={() => rerun.mutate()}
              >
                {call.dealId ? 'Update summary and deal fields' : 'Update summary'}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => setOffer(false)}>
                Not now
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {segments.length > 0 ? (
        <Stack gap="sm" data-testid="transcript">
          {segments.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are ordered and never edited here
            <Group key={i} align="flex-start" gap="sm" wrap="nowrap">
              <UnstyledButton
                onClick={() => seek(s.start)}
                disabled={!call.hasRecording}
                aria-label={`Play from ${formatDuration(s.start)}`}
                miw={48}
              >
                <Text size="xs" c="dimmed" className="num" pt={3}>
                  {formatDuration(s.start)}
                </Text>
              </UnstyledButton>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Badge
                  size="sm"
                  variant="light"
                  radius="sm"
                  color={SPEAKER_COLORS[speakers.indexOf(s.speaker) % SPEAKER_COLORS.length]}
                >
                  {s.speaker}
                </Badge>
                <Text size="sm" className="prewrap">
                  {s.text}
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      ) : call.transcript ? (
        <Text size="sm" className="prewrap">
          {call.transcript}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No transcript yet. It appears here once the recording has been transcribed.
        </Text>
      )}
      {(segments.length > 0 || call.transcript) && (
        <Group justify="space-between" wrap="nowrap">
          {origin?.by === 'speech' ? (
            <AiLabel
              label={`Transcribed by AI (${origin.technologyIds?.join(', ') || 'speech engine'})${
                origin.editedBy
                  ? ` · corrected by ${nameOf(origin.editedBy)} ${formatDateTime(origin.editedAt ?? null)}`
                  : ''
              }`}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {origin?.editedBy ? `Typed by ${nameOf(origin.editedBy)}` : ''}
            </Text>
          )}
          {segments.length > 0 && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={offer ? <IconCheck size={14} /> : <IconPencil size={14} />}
              onClick={() => setDraft(segments.map((s) => ({ ...s })))}
            >
              Correct transcript
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
