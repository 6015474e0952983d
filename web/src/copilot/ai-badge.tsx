import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';

/** The visible mark on everything CoPilot wrote; the tooltip carries the content's label. */
export function AiBadge({ label }: { label?: string | null }) {
  return (
    <Tooltip label={label ?? 'AI-generated'} multiline maw={320} withArrow>
      <Badge
        size="sm"
        variant="light"
        color="grape"
        leftSection={<IconSparkles size={11} />}
        aria-label={label ?? 'AI-generated'}
        data-testid="ai-label"
        style={{ flexShrink: 0 }}
      >
        AI
      </Badge>
    </Tooltip>
  );
}

/** The AI mark with the content label spelled out beside it: who generated the text, with which model, when. */
export function AiLabel({ label }: { label?: string | null }) {
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <AiBadge label={label} />
      {label && (
        <Text size="xs" c="dimmed" truncate="end" title={label} data-testid="ai-label-text">
          {label}
        </Text>
      )}
    </Group>
  );
}
