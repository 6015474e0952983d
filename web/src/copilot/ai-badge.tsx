import { Badge, Tooltip } from '@mantine/core';
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
      >
        AI
      </Badge>
    </Tooltip>
  );
}
