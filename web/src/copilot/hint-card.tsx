import { ActionIcon, Alert, Button, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AiLabel } from './ai-badge';
import type { Hint, HintKind } from './copilot-types';
import { FeedbackButtons } from './feedback-buttons';

/** One hint: its title, the AI label, what it says (or that it is being prepared, or why it failed). */
function HintCard({
  kind,
  title,
  hint,
  onRefresh,
  children,
  empty,
}: {
  kind: HintKind;
  title: string;
  hint: Hint | undefined;
  onRefresh: () => void;
  children?: ReactNode;
  empty: string;
}) {
  const busy = hint?.status === 'pending' || hint?.status === 'running';
  const ready = hint?.status === 'ready';
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`hint-${kind}`} aria-label={title}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Group gap={2} wrap="nowrap">
          {ready && hint.contentId && <FeedbackButtons contentId={hint.contentId} />}
          <Tooltip label="Prepare again">
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Refresh ${title}`}
              onClick={onRefresh}
              loading={busy}
            >
              <IconRefresh size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {!hint ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : busy ? (
        <Stack gap={6} aria-label="CoPilot is preparing this" aria-busy>
          <Text size="xs" c="dimmed">
            CoPilot is preparing this…
          </Text>
          <Skeleton h={10} />
          <Skeleton h={10} w="80%" />
        </Stack>
      ) : hint.status === 'failed' ? (
        hint.errorCode === 'consent_required' ? (
          <Text size="sm" c="dimmed">
            Waiting for you to accept the AI terms.
          </Text>
        ) : (
          <Alert color="red" variant="light" p="xs" title="CoPilot could not prepare this">
            <Text size="sm">{hint.errorMessage ?? 'Something went wrong on the way.'}</Text>
            <Button size="compact-xs" variant="white" color="red" mt={6} onClick={onRefresh}>
              Try again
            </Button>
          </Alert>
        )
      ) : (
        <Stack gap={6}>
          {children}
          <AiLabel label={hint.label} />
        </Stack>
      )}
    </Paper>
  );
}

/** What an entity's hint components share: its hints by kind, and a way to prepare one again. */
export type PanelHints = { byKind: Map<HintKind, Hint>; refresh: (kind: HintKind) => void };

/** The card of one kind of hint, from the panel's live list. */
export function HintSlot({
  hints,
  kind,
  title,
  empty,
  children,
}: {
  hints: PanelHints;
  kind: HintKind;
  title: string;
  empty: string;
  children: (hint: Hint) => ReactNode;
}) {
  const hint = hints.byKind.get(kind);
  return (
    <HintCard kind={kind} title={title} hint={hint} onRefresh={() => hints.refresh(kind)} empty={empty}>
      {hint && children(hint)}
    </HintCard>
  );
}

export function Bullets({ items, empty }: { items: string[]; empty?: string }) {
  if (!items.length)
    return empty ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : null;
  return (
    <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((i) => (
        <Text component="li" size="sm" key={i}>
          {i}
        </Text>
      ))}
    </Stack>
  );
}

/** A small uppercase heading inside a hint. */
export function Caption({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase">
      {children}
    </Text>
  );
}
