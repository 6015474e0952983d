import { Alert, Box, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { AiLabel } from './ai-badge';
import type { ChatMessage } from './copilot-types';
import { FeedbackButtons } from './feedback-buttons';
import type { Turn } from './use-chat-turn';

function Bubble({ m }: { m: Pick<ChatMessage, 'role' | 'text' | 'contentId' | 'label'> }) {
  if (m.role === 'user')
    return (
      <Paper p="xs" radius="md" bg="var(--mantine-color-blue-light)" ml="xl" aria-label="You said">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {m.text}
        </Text>
      </Paper>
    );
  // An assistant message without content is the local engine saying what it can do: not AI output.
  if (!m.contentId)
    return (
      <Alert variant="light" color="gray" p="xs" icon={<IconInfoCircle size={16} />} mr="xl">
        <Text size="sm">{m.text}</Text>
      </Alert>
    );
  return (
    <Paper p="xs" radius="md" withBorder mr="xl" aria-label="CoPilot answered">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {m.text}
      </Text>
      <Group justify="space-between" mt={4} wrap="nowrap" gap="xs">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <AiLabel label={m.label} />
        </Box>
        <Box style={{ flexShrink: 0 }}>
          <FeedbackButtons contentId={m.contentId} />
        </Box>
      </Group>
    </Paper>
  );
}

/** A chat's saved messages, then the turn in flight (its answer streaming in) until it is saved. */
export function ChatMessages({ messages, turn }: { messages: ChatMessage[]; turn: Turn | null }) {
  return (
    <Stack gap="xs">
      {messages.map((m) => (
        <Bubble key={m.id} m={m} />
      ))}
      {turn && (
        <>
          <Bubble m={{ role: 'user', text: turn.question, contentId: null, label: null }} />
          {turn.notice ? (
            <Bubble m={{ role: 'assistant', text: turn.notice, contentId: null, label: null }} />
          ) : turn.contentId ? (
            <Bubble
              m={{ role: 'assistant', text: turn.text, contentId: turn.contentId, label: turn.label }}
            />
          ) : (
            <Paper p="xs" radius="md" withBorder mr="xl" aria-busy aria-label="CoPilot is answering">
              <Group gap={6} wrap="nowrap">
                <Loader size="xs" color="grape" />
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {turn.text || 'CoPilot is thinking…'}
                </Text>
              </Group>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
