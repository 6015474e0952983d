import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { RefObject } from 'react';
import type { Call } from '../../api/types';
import { Section } from '../../components/section';
import { formatDuration } from '../../lib/format';

const SPEAKER_COLORS = ['blue', 'teal', 'grape', 'orange', 'indigo', 'pink'];

/** The transcript by speaker; a timestamp jumps the player to that moment. */
export function Transcript({ call, audioRef }: { call: Call; audioRef: RefObject<HTMLAudioElement | null> }) {
  const segments = call.transcriptSegments ?? [];
  const speakers = [...new Set(segments.map((s) => s.speaker))];
  const seek = (seconds: number) => {
    const el = audioRef.current;
    if (!el) return;
    el.currentTime = seconds;
    void el.play().catch(() => {});
  };
  return (
    <Section title="Transcript">
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
    </Section>
  );
}
